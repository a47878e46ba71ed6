import { Link as MuiLink, Typography } from '@mui/material';
import { Link, ReferenceManyField, WithListContext, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Intro, UpdateSection } from './UpdateSection';

interface Contact {
  id: string;
  name: string;
  title: string;
  email: string;
}

/** "Guy Thijs (thijs@ilo.org) – Deputy Regional Director", in the update's order. */
export const UpdateContacts = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const update = useRecordContext<{ id: string; contactsIntro?: string | null }>();
  if (!update) return null;
  return (
    <UpdateSection
      id="update-contacts"
      title={translate('resources.QuarterlyUpdate.document.contacts')}
      add={{
        resource: 'KeyContact',
        label: 'resources.QuarterlyUpdate.action.add_contact',
        record: { updateId: update.id },
      }}
    >
      <Intro text={update.contactsIntro} />
      <ReferenceManyField
        reference="KeyContact"
        target="updateId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
        empty={<Typography variant="body2">{translate('resources.QuarterlyUpdate.document.no_contacts')}</Typography>}
      >
        <WithListContext<Contact>
          render={({ data }) => (
            <ul>
              {data?.map((contact) => (
                <li key={contact.id}>
                  <Link to={createPath({ resource: 'KeyContact', id: contact.id, type: 'show' })}>{contact.name}</Link>{' '}
                  (<MuiLink href={`mailto:${contact.email}`}>{contact.email}</MuiLink>) – {contact.title}
                </li>
              ))}
            </ul>
          )}
        />
      </ReferenceManyField>
    </UpdateSection>
  );
};
