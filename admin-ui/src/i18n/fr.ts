import frenchMessages from 'ra-language-french';

export const fr = {
  ...frenchMessages,
  app: { title: 'Suivi des résultats du ROAP' },
  resources: {
    Office: {
      name: 'Bureau |||| Bureaux',
      fields: { code: 'Code', name: 'Nom', type: 'Type', parentId: 'Relève de', countries: 'Pays' },
      empty: "Aucun bureau pour l'instant : un administrateur les ajoute.",
    },
    Indicator: {
      name: 'Indicateur |||| Indicateurs',
      fields: {
        code: 'Code',
        title: 'Indicateur',
        scope: 'Portée',
        measure: 'Mesure',
        unit: 'Unité',
        components: 'Parties',
      },
      empty: "Aucun indicateur pour l'instant : l'équipe de gestion des connaissances les ajoute.",
    },
  },
};
