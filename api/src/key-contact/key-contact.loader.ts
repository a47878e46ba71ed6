import type { DataSource } from 'typeorm';
import { byParentLoader } from '#src/dataloader/loader.util.js';
import { KeyContactEntity } from '#src/key-contact/key-contact.entity.js';

export const createKeyContactLoaders = (dataSource: DataSource) => ({
  keyContactsByUpdate: byParentLoader(dataSource, KeyContactEntity, 'updateId', 'position'),
});
