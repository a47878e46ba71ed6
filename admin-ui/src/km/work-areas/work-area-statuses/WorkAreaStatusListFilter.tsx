import { createElement } from 'react';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../../app/common/enumChoices';
import { WorkAreaLabel } from './WorkAreaLabel';

/** The WorkAreaStatusFilter inputs of the API: search, work area, quarter and status. */
export const workAreaStatusFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="workAreaId" source="workAreaId" reference="WorkArea" sort={{ field: 'number', order: 'ASC' }}>
    <SelectInput label="resources.WorkAreaStatus.fields.workAreaId" optionText={createElement(WorkAreaLabel)} />
  </ReferenceInput>,
  <ReferenceInput
    key="periodId"
    source="periodId"
    reference="ReportingPeriod"
    filter={{ kind: 'QUARTER' }}
    sort={{ field: 'startDate', order: 'DESC' }}
  >
    <AutocompleteInput label="resources.WorkAreaStatus.fields.periodId" optionText="code" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enumChoices('WorkAreaProgress')} />,
];
