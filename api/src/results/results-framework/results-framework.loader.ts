import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export const createResultsFrameworkLoaders = (dataSource: DataSource) => ({
  frameworkById: byIdLoader(dataSource, ResultsFrameworkEntity),
});
