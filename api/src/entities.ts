import { DWCP_ENTITIES } from '#src/dwcp/dwcp.entities.js';
import { KM_ENTITIES } from '#src/km/km.entities.js';
import { PLATFORM_ENTITIES } from '#src/platform/platform.entities.js';
import { RESULTS_ENTITIES } from '#src/results/results.entities.js';

/** Every table's entity, for the command-line tools that open the database without the application (cli/). */
export const ENTITIES = [...PLATFORM_ENTITIES, ...RESULTS_ENTITIES, ...DWCP_ENTITIES, ...KM_ENTITIES];
