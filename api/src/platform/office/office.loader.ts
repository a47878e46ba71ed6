import type { DataSource } from 'typeorm';
import { byIdLoader, byParentLoader } from '#src/common/dataloader/loader.util.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

export const createOfficeLoaders = (dataSource: DataSource) => ({
  officeById: byIdLoader(dataSource, OfficeEntity),
  officesByParent: byParentLoader(dataSource, OfficeEntity, 'parentId', 'code'),
});
