import { Role } from '#src/platform/auth/role.enum.js';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  officeCodes: string[];
  /** Listed in README.md; demo data only, never loaded in production. */
  password: string;
}

// One user per role, so that each kind of user can be tried. The names are roles, not people.
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@example.org',
    name: 'Demo administrator',
    role: Role.ADMIN,
    officeCodes: ['ROAP'],
    password: 'Decent-work-2009',
  },
  {
    email: 'manager@example.org',
    name: 'Demo regional manager, ROAP',
    role: Role.REGIONAL_MANAGER,
    officeCodes: ['ROAP'],
    password: 'Bangkok-roap-2009',
  },
  {
    email: 'km@example.org',
    name: 'Demo KM officer, ROAP',
    role: Role.KM_OFFICER,
    officeCodes: ['ROAP'],
    password: 'Sharing-knowledge-2009',
  },
  {
    email: 'dhaka.po@example.org',
    name: 'Demo programme officer, Dhaka',
    role: Role.PROGRAMME_OFFICER,
    officeCodes: ['CO-DHAKA'],
    password: 'Bangladesh-co-2009',
  },
  {
    email: 'viewer@example.org',
    name: 'Demo viewer (donor)',
    role: Role.VIEWER,
    officeCodes: [],
    password: 'Donor-reads-2009',
  },
];
