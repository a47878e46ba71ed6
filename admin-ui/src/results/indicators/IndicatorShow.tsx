import {
  Datagrid,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';
import { ComponentMilestones } from '../../km/km-milestones/ComponentMilestones';
import { ComponentTargets } from './ComponentTargets';
import { IndicatorVersion } from './IndicatorVersion';

/** Under a component's row: its intermediate targets and the KM milestones that advance it. */
const ComponentDetails = () => (
  <>
    <ComponentTargets />
    <ComponentMilestones />
  </>
);

const field = (name: string) => `resources.IndicatorComponent.fields.${name}`;

export const IndicatorShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="outcomeId" reference="Outcome" link="show" />
      <ReferenceField source="frameworkId" reference="ResultsFramework" link="show" />
      <ReferenceField
        source="predecessor.id"
        reference="Indicator"
        label="resources.Indicator.fields.predecessor"
        link="show"
        emptyText="—"
      >
        <IndicatorVersion />
      </ReferenceField>
      <ReferenceField
        source="successor.id"
        reference="Indicator"
        label="resources.Indicator.fields.successor"
        link="show"
        emptyText="—"
      >
        <IndicatorVersion />
      </ReferenceField>
      <TextField source="code" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
      <Labeled source="scope">
        <EnumField source="scope" enumName="IndicatorScope" />
      </Labeled>
      <Labeled source="measure">
        <EnumField source="measure" enumName="Measure" />
      </Labeled>
      <TextField source="unit" emptyText="—" />
      <Labeled source="aggregation">
        <EnumField source="aggregation" enumName="Aggregation" />
      </Labeled>
      <Labeled source="direction">
        <EnumField source="direction" enumName="Direction" />
      </Labeled>
      <ReferenceManyField
        label="resources.Indicator.fields.components"
        reference="IndicatorComponent"
        target="indicatorId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
      >
        <Datagrid bulkActionButtons={false} rowClick={false} expand={<ComponentDetails />} expandSingle={false}>
          <TextField source="label" label={field('label')} />
          <EnumField source="effectiveMeasure" enumName="Measure" label={field('effectiveMeasure')} />
          <TextField source="unit" label={field('unit')} emptyText="—" />
          <FunctionField
            label={field('baseline')}
            render={(c: { baselineValue?: number; baselineNarrative?: string }) =>
              [c.baselineValue, c.baselineNarrative].filter((part) => part != null && part !== '').join(' — ') || '—'
            }
          />
          <LocaleDateField source="baselineDate" label={field('baselineDate')} emptyText="—" />
          <FunctionField
            label={field('target')}
            render={(c: { targetValue?: number; targetNarrative?: string }) =>
              [c.targetValue, c.targetNarrative].filter((part) => part != null && part !== '').join(' — ') || '—'
            }
          />
          <ReferenceField
            source="targetPeriodId"
            reference="ReportingPeriod"
            label={field('targetPeriodId')}
            link="show"
          />
          <NumberField source="position" label={field('position')} />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
