import { Box } from '@mui/material';
import { NumberInput, ReferenceInput, SelectInput, TextInput, minValue, required } from 'react-admin';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** A membership target's inputs, shared by Create and Edit; a target stays in its community. */
export const CopMembershipTargetInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <ReferenceInput source="communityId" reference="CommunityOfPractice" sort={{ field: 'acronym', order: 'ASC' }}>
        <SelectInput
          label="resources.CopMembershipTarget.fields.communityId"
          optionText="acronym"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <NumberInput
        source="position"
        step={1}
        validate={minValue(1)}
        helperText="resources.CopMembershipTarget.helpers.position"
      />
    </Box>
    <TextInput
      source="memberGroup"
      validate={required()}
      helperText="resources.CopMembershipTarget.helpers.memberGroup"
      fullWidth
    />
    <Box sx={row}>
      <NumberInput source="targetMembers" step={1} validate={[required(), minValue(0)]} />
      <NumberInput
        source="currentMembers"
        step={1}
        validate={minValue(0)}
        helperText="resources.CopMembershipTarget.helpers.currentMembers"
      />
    </Box>
  </>
);
