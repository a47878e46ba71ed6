import { Divider } from '@mui/material';
import { Edit, SimpleForm } from 'react-admin';
import { IndicatorComponentsEditor } from './IndicatorComponentsEditor';
import { IndicatorInputs } from './IndicatorInputs';

/** The indicator's own fields in one form; below it, its parts and their targets, each saved in place. */
export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false}>
    <SimpleForm>
      <IndicatorInputs />
    </SimpleForm>
    <Divider />
    <IndicatorComponentsEditor />
  </Edit>
);
