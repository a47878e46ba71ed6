import type { EntityManager } from 'typeorm';
import { AppMetadataEntity } from '#src/platform/database/app-metadata.entity.js';

export type DatasetKind = 'demo' | 'synthetic';

const KEY = 'dataset';

/** Demo and synthetic data never share a database: each loader claims the database first. */
export async function claimDataset(manager: EntityManager, kind: DatasetKind): Promise<void> {
  const existing = await manager.findOneBy(AppMetadataEntity, { key: KEY });
  if (existing && existing.value !== kind) {
    throw new Error(`This database holds ${existing.value} data; ${kind} data cannot be loaded into it.`);
  }
  await manager.upsert(AppMetadataEntity, { key: KEY, value: kind }, ['key']);
}

export async function datasetOf(manager: EntityManager): Promise<DatasetKind | null> {
  const row = await manager.findOneBy(AppMetadataEntity, { key: KEY });
  return (row?.value as DatasetKind | undefined) ?? null;
}
