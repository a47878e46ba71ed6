import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';

export const createWorkAreaLoaders = (dataSource: DataSource) => ({
  workAreaById: byIdLoader(dataSource, WorkAreaEntity),
});
