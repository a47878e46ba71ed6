import { createElement } from 'react';
import { ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { UpdateRepresentation } from '../UpdateRepresentation';

/** The CriticalIssueFilter inputs of the API: search and quarterly update. */
export const criticalIssueFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="updateId"
    source="updateId"
    reference="QuarterlyUpdate"
    sort={{ field: 'periodId', order: 'DESC' }}
  >
    <SelectInput label="resources.CriticalIssue.fields.updateId" optionText={createElement(UpdateRepresentation)} />
  </ReferenceInput>,
];
