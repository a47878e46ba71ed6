import type { Catalogue } from '../../../app/i18n/catalogue';

const en = {
  resources: {
    CriticalIssue: {
      name: 'Critical issue |||| Critical issues',
      fields: {
        updateId: 'Quarterly update',
        position: 'Order',
        title: 'Issue',
        description: 'Description',
        q: 'Search',
      },
      helpers: {
        position: 'Order within the update; left empty, after the last issue',
        title: 'e.g. Buy-in by staff',
      },
      empty: 'No critical issue yet. Open a quarterly update to add the issues and challenges met in the quarter.',
    },
  },
};

const fr: typeof en = {
  resources: {
    CriticalIssue: {
      name: 'Problème critique |||| Problèmes critiques',
      fields: {
        updateId: 'Mise à jour trimestrielle',
        position: 'Ordre',
        title: 'Problème',
        description: 'Description',
        q: 'Rechercher',
      },
      helpers: {
        position: 'Ordre dans la mise à jour ; laissé vide, après le dernier problème',
        title: 'par ex. Adhésion du personnel',
      },
      empty:
        'Aucun problème critique pour le moment. Ouvrez une mise à jour trimestrielle pour ajouter les problèmes et défis du trimestre.',
    },
  },
};

const es: typeof en = {
  resources: {
    CriticalIssue: {
      name: 'Problema crítico |||| Problemas críticos',
      fields: {
        updateId: 'Actualización trimestral',
        position: 'Orden',
        title: 'Problema',
        description: 'Descripción',
        q: 'Buscar',
      },
      helpers: {
        position: 'Orden dentro de la actualización; si se deja vacío, después del último problema',
        title: 'p. ej. Implicación del personal',
      },
      empty:
        'Todavía no hay problemas críticos. Abra una actualización trimestral para añadir los problemas y desafíos del trimestre.',
    },
  },
};

export const criticalIssueMessages: Catalogue<typeof en> = { en, fr, es };
