import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** The IndicatorFilter inputs of the API. */
export const indicatorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="frameworkId" source="frameworkId" reference="ResultsFramework">
    <AutocompleteInput label="resources.Indicator.fields.frameworkId" optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="outcomeId" source="outcomeId" reference="Outcome" sort={{ field: 'number', order: 'ASC' }}>
    <AutocompleteInput label="resources.Indicator.fields.outcomeId" />
  </ReferenceInput>,
  <TextInput key="code" source="code" />,
  <SelectInput key="measure" source="measure" choices={enumChoices('Measure')} />,
  <SelectInput key="scope" source="scope" choices={enumChoices('IndicatorScope')} />,
];
