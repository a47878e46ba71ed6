import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/dataloader/loader.util.js';
import { WorkAreaEntity } from '#src/work-area/work-area.entity.js';

export const createWorkAreaLoaders = (dataSource: DataSource) => ({
  workAreaById: byIdLoader(dataSource, WorkAreaEntity),
});
