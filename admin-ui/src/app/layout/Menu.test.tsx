import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import fakeDataProvider from 'ra-data-fakerest';
import { Admin, Resource, memoryStore } from 'react-admin';
import { resourcesFor } from '../../resources';
import { Role } from '../generated/enums';
import { i18nProvider } from '../i18n';
import { Layout } from './Layout';
import { signedInAs } from '../testing/signedInAs';

// The menu each role saw before the registry, as App.tsx and Menu.tsx used to build it.
const FRAMEWORK = ['Results frameworks', 'Outcomes', 'Indicators', 'Result entries'];
const OFFICE_WORK = [
  'Country programmes',
  'Programme outcomes',
  'Implementation plans',
  'Plan items',
  'KM quarterly updates',
  'KM milestones',
  'Work areas',
  'Work area statuses',
  'Critical issues',
  'Key contacts',
  'Communities of practice',
  'Membership targets',
  'Discussions',
];
const expected: Record<Role, string[]> = {
  ADMIN: ['Dashboard', 'Progress reports', ...FRAMEWORK, ...OFFICE_WORK, 'Offices', 'Reporting periods', 'Users'],
  KM_OFFICER: ['Dashboard', 'Progress reports', ...FRAMEWORK, ...OFFICE_WORK, 'Offices', 'Reporting periods'],
  PROGRAMME_OFFICER: [
    'Dashboard',
    'My report',
    'Progress reports',
    ...FRAMEWORK,
    ...OFFICE_WORK,
    'Offices',
    'Reporting periods',
  ],
  REGIONAL_MANAGER: [
    'Dashboard',
    'Reports to review',
    'Progress reports',
    ...FRAMEWORK,
    ...OFFICE_WORK,
    'Offices',
    'Reporting periods',
  ],
  VIEWER: ['Dashboard', ...FRAMEWORK, 'Offices', 'Reporting periods'],
};

jest.setTimeout(20000);
afterEach(() => window.history.replaceState(null, '', '/'));

describe('the menu', () => {
  test.each(Object.values(Role))('shows a %s the same items, in the same order, as before', async (role) => {
    render(
      <Admin
        dataProvider={fakeDataProvider({})}
        authProvider={signedInAs(role)}
        i18nProvider={i18nProvider}
        store={memoryStore()}
        layout={Layout}
        dashboard={() => <p>Home</p>}
      >
        {(permissions: unknown) =>
          resourcesFor(permissions).map((resource) => <Resource key={resource.name} {...resource} />)
        }
      </Admin>,
    );
    await screen.findByRole('menuitem', { name: expected[role].at(-1) });
    const menu = screen.getAllByRole('menuitem');
    expect(menu.map((item) => item.textContent)).toEqual(expected[role]);
  });
});
