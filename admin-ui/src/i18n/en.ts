import englishMessages from 'ra-language-english';

export const en = {
  ...englishMessages,
  app: { title: 'ROAP results tracker' },
  resources: {
    Office: {
      name: 'Office |||| Offices',
      fields: { code: 'Code', name: 'Name', type: 'Type', parentId: 'Reports to', countries: 'Countries' },
      empty: 'No office yet: an administrator adds them.',
    },
    Indicator: {
      name: 'Indicator |||| Indicators',
      fields: {
        code: 'Code',
        title: 'Indicator',
        scope: 'Scope',
        measure: 'Measure',
        unit: 'Unit',
        components: 'Parts',
      },
      empty: 'No indicator yet: KM staff add them to a framework.',
    },
  },
};
