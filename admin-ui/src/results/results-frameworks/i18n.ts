import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    ResultsFramework: {
      name: 'Results framework |||| Results frameworks',
      fields: {
        title: 'Title',
        description: 'Description',
        startDate: 'Starts',
        endDate: 'Ends',
        publishedAt: 'Visibility',
        outcomes: 'Outcomes',
      },
      unpublished: 'ILO staff only',
      publishedOn: 'Published on %{date}',
      validation: { endDate: 'Must be after the start date' },
      action: { publish: 'Publish', unpublish: 'Unpublish' },
      notifications: {
        publishResultsFramework: 'Framework published: viewers can now see it',
        unpublishResultsFramework: 'Framework unpublished: only ILO staff can see it',
      },
      empty: 'No results framework yet: knowledge management staff create one, then add its outcomes.',
    },
  },
};

const fr: typeof en = {
  resources: {
    ResultsFramework: {
      name: 'Cadre de résultats |||| Cadres de résultats',
      fields: {
        title: 'Titre',
        description: 'Description',
        startDate: 'Début',
        endDate: 'Fin',
        publishedAt: 'Visibilité',
        outcomes: 'Résultats',
      },
      unpublished: 'Personnel du BIT uniquement',
      publishedOn: 'Publié le %{date}',
      validation: { endDate: 'Doit être postérieure à la date de début' },
      action: { publish: 'Publier', unpublish: 'Retirer la publication' },
      notifications: {
        publishResultsFramework: 'Cadre publié : les lecteurs peuvent désormais le consulter',
        unpublishResultsFramework: 'Publication retirée : seul le personnel du BIT peut le consulter',
      },
      empty:
        "Aucun cadre de résultats pour l'instant : l'équipe de gestion des connaissances en crée un, puis y ajoute ses résultats.",
    },
  },
};

const es: typeof en = {
  resources: {
    ResultsFramework: {
      name: 'Marco de resultados |||| Marcos de resultados',
      fields: {
        title: 'Título',
        description: 'Descripción',
        startDate: 'Inicio',
        endDate: 'Fin',
        publishedAt: 'Visibilidad',
        outcomes: 'Resultados',
      },
      unpublished: 'Solo personal de la OIT',
      publishedOn: 'Publicado el %{date}',
      validation: { endDate: 'Debe ser posterior a la fecha de inicio' },
      action: { publish: 'Publicar', unpublish: 'Retirar la publicación' },
      notifications: {
        publishResultsFramework: 'Marco publicado: los lectores ya pueden verlo',
        unpublishResultsFramework: 'Publicación retirada: solo el personal de la OIT puede verlo',
      },
      empty:
        'Todavía no hay marcos de resultados: el equipo de gestión del conocimiento crea uno y luego añade sus resultados.',
    },
  },
};

export const resultsFrameworkMessages: Catalogue<typeof en> = { en, fr, es };
