import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    PlanItem: {
      name: 'Plan item |||| Plan items',
      fields: {
        planId: 'Implementation plan',
        code: 'Code',
        title: 'Title',
        description: 'Description',
        kind: 'Type',
        fundingSource: 'Funding source',
        budgetUsd: 'Budget (US$)',
        responsible: 'Responsible',
        knowledgeSharing: 'Knowledge sharing',
        programmeOutcomeId: 'Programme outcome',
        startPeriodId: 'Start quarter',
        endPeriodId: 'End quarter',
        componentIds: 'Indicator components',
        q: 'Search',
      },
      helpers: {
        code: 'e.g. A1 for an activity, O1 for an output',
        programmeOutcomeId: "One of the outcomes of the plan's programme",
        responsible: 'Office, unit or person in charge',
        componentIds: 'The framework indicator components this item contributes to',
        knowledgeSharing: 'Carries knowledge-sharing elements (indicator 3.2)',
      },
      empty: 'No output or activity yet.',
      invite: 'Open an implementation plan and add its outputs and activities there.',
    },
  },
};

const fr: typeof en = {
  resources: {
    PlanItem: {
      name: 'Élément du plan |||| Éléments des plans',
      fields: {
        planId: 'Plan de mise en œuvre',
        code: 'Code',
        title: 'Titre',
        description: 'Description',
        kind: 'Type',
        fundingSource: 'Source de financement',
        budgetUsd: 'Budget ($ US)',
        responsible: 'Responsable',
        knowledgeSharing: 'Partage des connaissances',
        programmeOutcomeId: 'Résultat du programme',
        startPeriodId: 'Trimestre de début',
        endPeriodId: 'Trimestre de fin',
        componentIds: 'Composantes d’indicateur',
        q: 'Rechercher',
      },
      helpers: {
        code: 'par ex. A1 pour une activité, P1 pour un produit',
        programmeOutcomeId: 'Un des résultats du programme du plan',
        responsible: 'Bureau, unité ou personne responsable',
        componentIds: 'Les composantes d’indicateur du cadre auxquelles cet élément contribue',
        knowledgeSharing: 'Comporte des éléments de partage des connaissances (indicateur 3.2)',
      },
      empty: 'Aucun produit ni aucune activité pour le moment.',
      invite: 'Ouvrez un plan de mise en œuvre et ajoutez-y ses produits et activités.',
    },
  },
};

const es: typeof en = {
  resources: {
    PlanItem: {
      name: 'Elemento del plan |||| Elementos de los planes',
      fields: {
        planId: 'Plan de ejecución',
        code: 'Código',
        title: 'Título',
        description: 'Descripción',
        kind: 'Tipo',
        fundingSource: 'Fuente de financiación',
        budgetUsd: 'Presupuesto (US$)',
        responsible: 'Responsable',
        knowledgeSharing: 'Intercambio de conocimientos',
        programmeOutcomeId: 'Resultado del programa',
        startPeriodId: 'Trimestre de inicio',
        endPeriodId: 'Trimestre de fin',
        componentIds: 'Componentes de indicador',
        q: 'Buscar',
      },
      helpers: {
        code: 'p. ej. A1 para una actividad, P1 para un producto',
        programmeOutcomeId: 'Uno de los resultados del programa del plan',
        responsible: 'Oficina, unidad o persona a cargo',
        componentIds: 'Los componentes de indicador del marco a los que contribuye este elemento',
        knowledgeSharing: 'Incluye elementos de intercambio de conocimientos (indicador 3.2)',
      },
      empty: 'Todavía no hay productos ni actividades.',
      invite: 'Abra un plan de ejecución y añada allí sus productos y actividades.',
    },
  },
};

export const planItemMessages: Catalogue<typeof en> = { en, fr, es };
