import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/dataloader/loader.util.js';
import { ResultsFrameworkEntity } from '#src/results-framework/results-framework.entity.js';

export const createResultsFrameworkLoaders = (dataSource: DataSource) => ({
  frameworkById: byIdLoader(dataSource, ResultsFrameworkEntity),
});
