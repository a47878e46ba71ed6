import type { DataSource } from 'typeorm';
import { byIdLoader, byParentLoader } from '#src/dataloader/loader.util.js';
import { IndicatorComponentEntity } from '#src/indicator-component/indicator-component.entity.js';

export const createIndicatorComponentLoaders = (dataSource: DataSource) => ({
  componentById: byIdLoader(dataSource, IndicatorComponentEntity),
  componentsByIndicator: byParentLoader(dataSource, IndicatorComponentEntity, 'indicatorId', 'position'),
});
