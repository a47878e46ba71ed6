import type { Translation } from './catalogue';
import type { en } from './en';

export const fr: Translation<typeof en> = {
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
    TargetSource: {
      REGION: 'Cible de la région',
      OFFICE: 'Cible propre du bureau',
      CHILD_OFFICES: 'Somme des cibles de ses bureaux',
      COMPONENT: 'Cible de la partie',
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
    WorkAreaProgress: {
      NOT_STARTED: 'Non commencé',
      IN_PROGRESS: 'En cours',
      DELAYED: 'En retard',
      COMPLETED: 'Terminé',
    },
    CommunityStatus: { PLANNED: 'Prévue', ACTIVE: 'Active', CLOSED: 'Fermée' },
    AuditPath: {
      FORM: 'Formulaire',
      TEMPLATE_IMPORT: 'Import du modèle',
      WORKFLOW: 'Étape de validation',
      ADMINISTRATION: 'Administration',
      CASCADE: 'Avec son parent',
      SYSTEM: 'Système',
    },
  },
  exports: {
    preparing: 'Préparation du classeur',
    received: '%{size} Ko reçus',
    done: '%{file} téléchargé',
    failed: 'Le téléchargement a échoué : %{reason}',
  },
};
