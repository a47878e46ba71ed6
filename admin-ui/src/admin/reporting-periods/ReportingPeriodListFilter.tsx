import { DateInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** The ReportingPeriodFilter inputs of the API. */
export const reportingPeriodFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('PeriodKind')} />,
  <SelectInput key="status" source="status" choices={enumChoices('PeriodStatus')} />,
  <TextInput key="code" source="code" />,
  <DateInput key="startDate_gte" source="startDate_gte" label="resources.ReportingPeriod.filters.startDate_gte" />,
  <DateInput key="endDate_lte" source="endDate_lte" label="resources.ReportingPeriod.filters.endDate_lte" />,
];
