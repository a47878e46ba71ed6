// The strings of the administration screens: offices, reporting periods and users, in English. fr.ts and es.ts are
// typed from this object: a key missing there, or there only, does not compile; they load only when chosen.
export const en = {
  resources: {
    Office: {
      name: 'Office |||| Offices',
      fields: {
        code: 'Code',
        name: 'Name',
        type: 'Type',
        parentId: 'Reports to',
        countries: 'Countries',
        children: 'Offices reporting to it',
        updatedAt: 'Last changed',
      },
      filters: { country: 'Covers country (ISO code)' },
      helper: { countries: 'ISO 3166-1 alpha-3 codes, e.g. BGD; press Enter after each' },
      validation: {
        code: 'No spaces',
        countries: 'Each country is three capital letters (ISO 3166-1 alpha-3), e.g. BGD',
      },
      empty: 'No office yet: an administrator adds them.',
    },
    ReportingPeriod: {
      name: 'Reporting period |||| Reporting periods',
      fields: {
        code: 'Code',
        kind: 'Kind',
        startDate: 'Starts',
        endDate: 'Ends',
        dueDate: 'Reports due',
        status: 'Status',
        updatedAt: 'Last changed',
      },
      filters: { startDate_gte: 'Starting on or after', endDate_lte: 'Ending on or before' },
      helper: {
        code: 'A quarter (2009-Q3), a year (2009) or a biennium (2008-09)',
        dueDate: 'Leave empty for 15 days after a quarter, 31 days after a year or biennium',
      },
      validation: { code: 'Write a quarter (2009-Q3), a year (2009) or a biennium (2008-09)' },
      action: { open: 'Open', close: 'Close', lock: 'Lock' },
      notifications: {
        openReportingPeriod: 'Period opened: results can be entered again',
        closeReportingPeriod: 'Period closed: only returned reports can be resubmitted',
        lockReportingPeriod: 'Period locked: nothing can be created, edited or submitted',
        unlocked: 'Period unlocked: the offices concerned are told who unlocked it and why',
      },
      unlock: {
        title: 'Unlock %{code}?',
        explanation:
          'A lock is meant to be final. Unlocking lets the reports and results of this period change again; the reason is kept in the audit trail and sent to the offices concerned.',
        reason: 'Reason for unlocking',
        reasonRequired: 'Say why the period is unlocked',
        open: 'Unlock and open',
        close: 'Unlock and close',
      },
      empty: 'No reporting period yet: an administrator creates them, e.g. 2009-Q3.',
    },
    User: {
      name: 'User |||| Users',
      fields: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        officeIds: 'Offices',
        active: 'Active',
        password: 'Password',
        lastLoginAt: 'Last signed in',
        createdAt: 'Created',
      },
      helper: {
        password: 'At least 10 characters, mixing letters with digits or symbols',
        newPassword: 'Leave empty to keep the current password; a new one signs the user out everywhere',
      },
      empty: 'No user yet: an administrator adds them.',
    },
  },
};
