import { loadSuite } from '#test/utils/suite.js';

await loadSuite(['km']);
