import type { DataSource } from 'typeorm';
import { byIdLoader, byParentLoader } from '#src/common/dataloader/loader.util.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';

export const createOutcomeLoaders = (dataSource: DataSource) => ({
  outcomeById: byIdLoader(dataSource, OutcomeEntity),
  outcomesByFramework: byParentLoader(dataSource, OutcomeEntity, 'frameworkId', 'number'),
});
