import type { DataSource } from 'typeorm';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

export function createOffice(dataSource: DataSource, overrides: Partial<OfficeEntity> = {}) {
  return dataSource.getRepository(OfficeEntity).save({
    code: 'ROAP',
    name: 'Regional Office for Asia and the Pacific',
    type: OfficeType.REGIONAL,
    parentId: null,
    countries: [],
    ...overrides,
  });
}

/** ROAP with two country offices under it. */
export async function createRegion(dataSource: DataSource) {
  const region = await createOffice(dataSource);
  const dhaka = await createOffice(dataSource, {
    code: 'CO-DHAKA',
    name: 'Dhaka',
    type: OfficeType.COUNTRY,
    parentId: region.id,
    countries: ['BGD'],
  });
  const yangon = await createOffice(dataSource, {
    code: 'LO-YANGON',
    name: 'Yangon',
    type: OfficeType.COUNTRY,
    parentId: region.id,
    countries: ['MMR'],
  });
  return { region, dhaka, yangon };
}
