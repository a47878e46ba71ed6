import type { DataSource } from 'typeorm';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';

export const createKeyContactLoaders = (dataSource: DataSource) => ({
  keyContactsByUpdate: byParentLoader(dataSource, KeyContactEntity, 'updateId', 'position'),
});
