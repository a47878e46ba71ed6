import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    Outcome: {
      name: 'Outcome |||| Outcomes',
      fields: {
        frameworkId: 'Results framework',
        number: 'No.',
        title: 'Outcome',
        description: 'Description',
        indicators: 'Indicators',
      },
      empty: 'No outcome yet: knowledge management staff add them to a results framework.',
    },
  },
};

const fr: typeof en = {
  resources: {
    Outcome: {
      name: 'Résultat |||| Résultats',
      fields: {
        frameworkId: 'Cadre de résultats',
        number: 'N°',
        title: 'Résultat',
        description: 'Description',
        indicators: 'Indicateurs',
      },
      empty:
        "Aucun résultat pour l'instant : l'équipe de gestion des connaissances les ajoute à un cadre de résultats.",
    },
  },
};

const es: typeof en = {
  resources: {
    Outcome: {
      name: 'Resultado |||| Resultados',
      fields: {
        frameworkId: 'Marco de resultados',
        number: 'N.º',
        title: 'Resultado',
        description: 'Descripción',
        indicators: 'Indicadores',
      },
      empty: 'Todavía no hay resultados: el equipo de gestión del conocimiento los añade a un marco de resultados.',
    },
  },
};

export const outcomeMessages: Catalogue<typeof en> = { en, fr, es };
