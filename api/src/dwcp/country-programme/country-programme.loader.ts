import type { DataSource } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';

export const createCountryProgrammeLoaders = (dataSource: DataSource) => ({
  programmeById: byIdLoader(dataSource, CountryProgrammeEntity),
});
