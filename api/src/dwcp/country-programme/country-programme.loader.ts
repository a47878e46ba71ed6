import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { programmeBudgets, type ProgrammeBudgetRow } from '#src/dwcp/country-programme/programme-budget.js';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';

export const createCountryProgrammeLoaders = (dataSource: DataSource) => ({
  programmeById: byIdLoader(dataSource, CountryProgrammeEntity),
  budgetsByProgramme: new DataLoader<number, ProgrammeBudgetRow[]>(async (ids) => {
    const rows = await programmeBudgets(dataSource.manager, [...ids]);
    return ids.map((id) => rows.filter((row) => row.programmeId === id));
  }),
});
