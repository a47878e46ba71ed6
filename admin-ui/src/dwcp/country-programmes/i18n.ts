import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    CountryProgramme: {
      name: 'Country programme |||| Country programmes',
      fields: {
        title: 'Title',
        countryCode: 'Country',
        officeId: 'Office',
        startYear: 'Start year',
        endYear: 'End year',
        status: 'Status',
        q: 'Search',
      },
      helpers: { countryCode: 'ISO 3166 alpha-3 code, e.g. BGD' },
      empty: 'No Decent Work Country Programme (DWCP) yet.',
      invite: 'Create one for a country your office covers, then add its outcomes and yearly plans.',
      ask: 'Programmes appear here once a programme officer or administrator creates them.',
      action: {
        add_outcome: 'Add outcome',
        add_plan: 'Add implementation plan',
      },
      sections: {
        outcomes: 'Programme outcomes',
        plans: 'Implementation plans',
        reports: 'Progress reports',
        no_outcomes: 'No outcome yet for this programme.',
        no_plans: 'No implementation plan yet for this programme.',
        no_reports: 'No progress report yet for this programme.',
        report_fields: { period: 'Quarter', status: 'Status', submittedAt: 'Submitted' },
      },
    },
  },
};

const fr: typeof en = {
  resources: {
    CountryProgramme: {
      name: 'Programme par pays (PPTD) |||| Programmes par pays (PPTD)',
      fields: {
        title: 'Titre',
        countryCode: 'Pays',
        officeId: 'Bureau',
        startYear: 'Année de début',
        endYear: 'Année de fin',
        status: 'Statut',
        q: 'Rechercher',
      },
      helpers: { countryCode: 'Code ISO 3166 alpha-3, par ex. BGD' },
      empty: 'Aucun programme par pays de promotion du travail décent (PPTD) pour le moment.',
      invite: 'Créez-en un pour un pays couvert par votre bureau, puis ajoutez ses résultats et ses plans annuels.',
      ask: 'Les programmes s’affichent ici dès qu’un chargé de programme ou un administrateur les crée.',
      action: {
        add_outcome: 'Ajouter un résultat',
        add_plan: 'Ajouter un plan de mise en œuvre',
      },
      sections: {
        outcomes: 'Résultats du programme',
        plans: 'Plans de mise en œuvre',
        reports: 'Rapports d’avancement',
        no_outcomes: 'Aucun résultat pour ce programme pour le moment.',
        no_plans: 'Aucun plan de mise en œuvre pour ce programme pour le moment.',
        no_reports: 'Aucun rapport d’avancement pour ce programme pour le moment.',
        report_fields: { period: 'Trimestre', status: 'Statut', submittedAt: 'Soumis le' },
      },
    },
  },
};

const es: typeof en = {
  resources: {
    CountryProgramme: {
      name: 'Programa de país (PTDP) |||| Programas de país (PTDP)',
      fields: {
        title: 'Título',
        countryCode: 'País',
        officeId: 'Oficina',
        startYear: 'Año de inicio',
        endYear: 'Año de fin',
        status: 'Estado',
        q: 'Buscar',
      },
      helpers: { countryCode: 'Código ISO 3166 alfa-3, p. ej. BGD' },
      empty: 'Todavía no hay ningún Programa de Trabajo Decente por País (PTDP).',
      invite: 'Cree uno para un país que cubra su oficina y añada después sus resultados y planes anuales.',
      ask: 'Los programas aparecen aquí cuando un oficial de programas o un administrador los crea.',
      action: {
        add_outcome: 'Añadir resultado',
        add_plan: 'Añadir plan de ejecución',
      },
      sections: {
        outcomes: 'Resultados del programa',
        plans: 'Planes de ejecución',
        reports: 'Informes de progreso',
        no_outcomes: 'Este programa todavía no tiene resultados.',
        no_plans: 'Este programa todavía no tiene planes de ejecución.',
        no_reports: 'Este programa todavía no tiene informes de progreso.',
        report_fields: { period: 'Trimestre', status: 'Estado', submittedAt: 'Presentado' },
      },
    },
  },
};

export const countryProgrammeMessages: Catalogue<typeof en> = { en, fr, es };
