/** The app shell's strings and the domain's enum labels, in the three languages. */
const en = {
  app: {
    title: 'ROAP results tracker',
    menu: { framework: 'Results framework', dwcp: 'Country programmes', admin: 'Administration' },
    language: 'Language',
  },
  enums: {
    Measure: { NUMBER: 'Number', PERCENT: 'Percentage', MILESTONE: 'Milestone', TEXT: 'Narrative' },
    Aggregation: { LATEST: 'Latest value', SUM: 'Sum', AVERAGE: 'Average' },
    Direction: { INCREASE: 'Increase', DECREASE: 'Decrease' },
    IndicatorScope: { INTERNAL: 'I (internal)', INTERNAL_EXTERNAL: 'I+E (internal and external)' },
    MilestoneStatus: {
      NOT_STARTED: 'Not started',
      IN_PROGRESS: 'In progress',
      ACHIEVED: 'Achieved',
      NOT_ACHIEVED: 'Not achieved',
    },
    OfficeType: {
      HQ: 'Headquarters',
      REGIONAL: 'Regional office',
      SUBREGIONAL: 'Sub-regional office',
      COUNTRY: 'Country office',
    },
    PeriodKind: { QUARTER: 'Quarter', YEAR: 'Year', BIENNIUM: 'Biennium' },
    PeriodStatus: { OPEN: 'Open', CLOSED: 'Closed', LOCKED: 'Locked' },
    ProgrammeStatus: { DRAFT: 'Draft', ACTIVE: 'Active', CLOSED: 'Closed' },
    FundingSource: { RB: 'RB', RBSA: 'RBSA', RBTC: 'RBTC', XBTC: 'XBTC' },
    PlanItemKind: { OUTPUT: 'Output', ACTIVITY: 'Activity' },
    PlanItemStatus: {
      NOT_STARTED: 'Not started',
      ON_TRACK: 'On track',
      DELAYED: 'Delayed',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
    },
    ReportStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved' },
    ProgressStatus: {
      ON_TRACK: 'On track',
      AT_RISK: 'At risk',
      OFF_TRACK: 'Off track',
      NO_DATA: 'No data',
      NOT_MEASURED: 'Not measured',
    },
    Role: {
      ADMIN: 'Administrator',
      REGIONAL_MANAGER: 'Regional manager',
      KM_OFFICER: 'Knowledge management officer',
      PROGRAMME_OFFICER: 'Programme officer',
      VIEWER: 'Viewer',
    },
  },
};

const fr: typeof en = {
  app: {
    title: 'Suivi des résultats du ROAP',
    menu: { framework: 'Cadre de résultats', dwcp: 'Programmes par pays', admin: 'Administration' },
    language: 'Langue',
  },
  enums: {
    Measure: { NUMBER: 'Nombre', PERCENT: 'Pourcentage', MILESTONE: 'Étape', TEXT: 'Description' },
    Aggregation: { LATEST: 'Dernière valeur', SUM: 'Somme', AVERAGE: 'Moyenne' },
    Direction: { INCREASE: 'Hausse', DECREASE: 'Baisse' },
    IndicatorScope: { INTERNAL: 'I (interne)', INTERNAL_EXTERNAL: 'I+E (interne et externe)' },
    MilestoneStatus: {
      NOT_STARTED: 'Non commencé',
      IN_PROGRESS: 'En cours',
      ACHIEVED: 'Atteint',
      NOT_ACHIEVED: 'Non atteint',
    },
    OfficeType: {
      HQ: 'Siège',
      REGIONAL: 'Bureau régional',
      SUBREGIONAL: 'Bureau sous-régional',
      COUNTRY: 'Bureau de pays',
    },
    PeriodKind: { QUARTER: 'Trimestre', YEAR: 'Année', BIENNIUM: 'Exercice biennal' },
    PeriodStatus: { OPEN: 'Ouverte', CLOSED: 'Close', LOCKED: 'Verrouillée' },
    ProgrammeStatus: { DRAFT: 'Projet', ACTIVE: 'En cours', CLOSED: 'Clos' },
    FundingSource: { RB: 'BO', RBSA: 'CSBO', RBTC: 'CTBO', XBTC: 'CTXB' },
    PlanItemKind: { OUTPUT: 'Produit', ACTIVITY: 'Activité' },
    PlanItemStatus: {
      NOT_STARTED: 'Non commencé',
      ON_TRACK: 'En bonne voie',
      DELAYED: 'En retard',
      COMPLETED: 'Terminé',
      CANCELLED: 'Annulé',
    },
    ReportStatus: { DRAFT: 'Brouillon', SUBMITTED: 'Soumis', RETURNED: 'Renvoyé', APPROVED: 'Approuvé' },
    ProgressStatus: {
      ON_TRACK: 'En bonne voie',
      AT_RISK: 'À risque',
      OFF_TRACK: 'Hors trajectoire',
      NO_DATA: 'Pas de données',
      NOT_MEASURED: 'Non mesuré',
    },
    Role: {
      ADMIN: 'Administrateur',
      REGIONAL_MANAGER: 'Direction régionale',
      KM_OFFICER: 'Chargé de gestion des connaissances',
      PROGRAMME_OFFICER: 'Chargé de programme',
      VIEWER: 'Lecteur',
    },
  },
};

const es: typeof en = {
  app: {
    title: 'Seguimiento de resultados de ROAP',
    menu: { framework: 'Marco de resultados', dwcp: 'Programas de país', admin: 'Administración' },
    language: 'Idioma',
  },
  enums: {
    Measure: { NUMBER: 'Número', PERCENT: 'Porcentaje', MILESTONE: 'Hito', TEXT: 'Descripción' },
    Aggregation: { LATEST: 'Último valor', SUM: 'Suma', AVERAGE: 'Promedio' },
    Direction: { INCREASE: 'Aumento', DECREASE: 'Disminución' },
    IndicatorScope: { INTERNAL: 'I (interno)', INTERNAL_EXTERNAL: 'I+E (interno y externo)' },
    MilestoneStatus: {
      NOT_STARTED: 'No iniciado',
      IN_PROGRESS: 'En curso',
      ACHIEVED: 'Logrado',
      NOT_ACHIEVED: 'No logrado',
    },
    OfficeType: {
      HQ: 'Sede',
      REGIONAL: 'Oficina regional',
      SUBREGIONAL: 'Oficina subregional',
      COUNTRY: 'Oficina de país',
    },
    PeriodKind: { QUARTER: 'Trimestre', YEAR: 'Año', BIENNIUM: 'Bienio' },
    PeriodStatus: { OPEN: 'Abierto', CLOSED: 'Cerrado', LOCKED: 'Bloqueado' },
    ProgrammeStatus: { DRAFT: 'Borrador', ACTIVE: 'En curso', CLOSED: 'Cerrado' },
    FundingSource: { RB: 'PO', RBSA: 'CSPO', RBTC: 'CTPO', XBTC: 'CTPE' },
    PlanItemKind: { OUTPUT: 'Producto', ACTIVITY: 'Actividad' },
    PlanItemStatus: {
      NOT_STARTED: 'No iniciado',
      ON_TRACK: 'Según lo previsto',
      DELAYED: 'Retrasado',
      COMPLETED: 'Terminado',
      CANCELLED: 'Cancelado',
    },
    ReportStatus: { DRAFT: 'Borrador', SUBMITTED: 'Presentado', RETURNED: 'Devuelto', APPROVED: 'Aprobado' },
    ProgressStatus: {
      ON_TRACK: 'Según lo previsto',
      AT_RISK: 'En riesgo',
      OFF_TRACK: 'Desviado',
      NO_DATA: 'Sin datos',
      NOT_MEASURED: 'No medido',
    },
    Role: {
      ADMIN: 'Administrador',
      REGIONAL_MANAGER: 'Dirección regional',
      KM_OFFICER: 'Responsable de gestión del conocimiento',
      PROGRAMME_OFFICER: 'Oficial de programas',
      VIEWER: 'Lector',
    },
  },
};

export const commonMessages = { en, fr, es };
