import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    ImplementationPlan: {
      name: 'Implementation plan |||| Implementation plans',
      title: 'Implementation plan %{plan}',
      fields: {
        programmeId: 'Country programme',
        year: 'Year',
        notes: 'Notes',
        items: 'Outputs and activities',
        q: 'Search',
      },
      empty: 'No implementation plan yet.',
      invite: "Create a programme's plan for a year, then add its outputs and activities.",
      ask: 'Implementation plans appear here once programme officers create them.',
      action: { add_item: 'Add output or activity' },
      sections: {
        items: 'Outputs and activities',
        no_items: 'This plan has no output or activity yet.',
      },
    },
  },
};

const fr: typeof en = {
  resources: {
    ImplementationPlan: {
      name: 'Plan de mise en œuvre |||| Plans de mise en œuvre',
      title: 'Plan de mise en œuvre %{plan}',
      fields: {
        programmeId: 'Programme par pays',
        year: 'Année',
        notes: 'Notes',
        items: 'Produits et activités',
        q: 'Rechercher',
      },
      empty: 'Aucun plan de mise en œuvre pour le moment.',
      invite: 'Créez le plan annuel d’un programme, puis ajoutez-y ses produits et activités.',
      ask: 'Les plans de mise en œuvre s’affichent ici dès que les chargés de programme les créent.',
      action: { add_item: 'Ajouter un produit ou une activité' },
      sections: {
        items: 'Produits et activités',
        no_items: 'Ce plan n’a encore ni produit ni activité.',
      },
    },
  },
};

const es: typeof en = {
  resources: {
    ImplementationPlan: {
      name: 'Plan de ejecución |||| Planes de ejecución',
      title: 'Plan de ejecución %{plan}',
      fields: {
        programmeId: 'Programa de país',
        year: 'Año',
        notes: 'Notas',
        items: 'Productos y actividades',
        q: 'Buscar',
      },
      empty: 'Todavía no hay planes de ejecución.',
      invite: 'Cree el plan anual de un programa y añada después sus productos y actividades.',
      ask: 'Los planes de ejecución aparecen aquí cuando los oficiales de programas los crean.',
      action: { add_item: 'Añadir producto o actividad' },
      sections: {
        items: 'Productos y actividades',
        no_items: 'Este plan todavía no tiene productos ni actividades.',
      },
    },
  },
};

export const implementationPlanMessages: Catalogue<typeof en> = { en, fr, es };
