import type { DataSource } from 'typeorm';
import { byIdLoader, bySuccessorLoader } from '#src/common/dataloader/loader.util.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export const createResultsFrameworkLoaders = (dataSource: DataSource) => ({
  frameworkById: byIdLoader(dataSource, ResultsFrameworkEntity),
  /** The next version of a framework (the one whose predecessor it is), if any. */
  frameworkSuccessor: bySuccessorLoader(dataSource, ResultsFrameworkEntity),
});
