import type { Catalogue } from '../../../app/i18n/catalogue';

const en = {
  resources: {
    CopDiscussion: {
      name: 'Discussion |||| Discussions',
      fields: {
        communityId: 'Community of practice',
        topic: 'Topic',
        startDate: 'Start',
        endDate: 'End',
        moderator: 'Moderator',
        reach: 'Reach',
        summary: 'Summary',
        startDate_gte: 'Started from',
        startDate_lte: 'Started until',
        q: 'Search',
      },
      helpers: { reach: 'About how many people the consolidated reply reached' },
      errors: { endDate: 'Must not be before the start date' },
      empty: 'No moderated discussion yet. Open a community of practice to record its online discussions.',
    },
  },
};

const fr: typeof en = {
  resources: {
    CopDiscussion: {
      name: 'Discussion |||| Discussions',
      fields: {
        communityId: 'Communauté de pratique',
        topic: 'Sujet',
        startDate: 'Début',
        endDate: 'Fin',
        moderator: 'Modérateur',
        reach: 'Portée',
        summary: 'Résumé',
        startDate_gte: 'Commencée à partir du',
        startDate_lte: 'Commencée jusqu’au',
        q: 'Rechercher',
      },
      helpers: { reach: 'Nombre approximatif de personnes touchées par la réponse consolidée' },
      errors: { endDate: 'Ne doit pas précéder la date de début' },
      empty:
        'Aucune discussion modérée pour le moment. Ouvrez une communauté de pratique pour enregistrer ses discussions en ligne.',
    },
  },
};

const es: typeof en = {
  resources: {
    CopDiscussion: {
      name: 'Debate |||| Debates',
      fields: {
        communityId: 'Comunidad de práctica',
        topic: 'Tema',
        startDate: 'Inicio',
        endDate: 'Fin',
        moderator: 'Moderador',
        reach: 'Alcance',
        summary: 'Resumen',
        startDate_gte: 'Iniciado desde',
        startDate_lte: 'Iniciado hasta',
        q: 'Buscar',
      },
      helpers: { reach: 'Cuántas personas, aproximadamente, recibieron la respuesta consolidada' },
      errors: { endDate: 'No puede ser anterior a la fecha de inicio' },
      empty: 'Todavía no hay debates moderados. Abra una comunidad de práctica para registrar sus debates en línea.',
    },
  },
};

export const copDiscussionMessages: Catalogue<typeof en> = { en, fr, es };
