import type { Catalogue } from '../../../app/i18n/catalogue';

const en = {
  resources: {
    CopMembershipTarget: {
      name: 'Membership target |||| Membership targets',
      fields: {
        communityId: 'Community of practice',
        position: 'Order',
        memberGroup: 'Member group',
        targetMembers: 'Target members',
        currentMembers: 'Current members',
        q: 'Search',
      },
      helpers: {
        position: 'Order within the community; left empty, after the last group',
        memberGroup: 'e.g. Trade union officials',
        currentMembers: 'Members of the group so far, once counted',
      },
      empty: 'No membership target yet. Open a community of practice to set how many members it aims for by group.',
    },
  },
};

const fr: typeof en = {
  resources: {
    CopMembershipTarget: {
      name: 'Objectif d’adhésion |||| Objectifs d’adhésion',
      fields: {
        communityId: 'Communauté de pratique',
        position: 'Ordre',
        memberGroup: 'Groupe de membres',
        targetMembers: 'Membres visés',
        currentMembers: 'Membres actuels',
        q: 'Rechercher',
      },
      helpers: {
        position: 'Ordre dans la communauté ; laissé vide, après le dernier groupe',
        memberGroup: 'par ex. Responsables syndicaux',
        currentMembers: 'Membres du groupe à ce jour, une fois comptés',
      },
      empty:
        'Aucun objectif d’adhésion pour le moment. Ouvrez une communauté de pratique pour fixer le nombre de membres visé par groupe.',
    },
  },
};

const es: typeof en = {
  resources: {
    CopMembershipTarget: {
      name: 'Meta de membresía |||| Metas de membresía',
      fields: {
        communityId: 'Comunidad de práctica',
        position: 'Orden',
        memberGroup: 'Grupo de miembros',
        targetMembers: 'Miembros previstos',
        currentMembers: 'Miembros actuales',
        q: 'Buscar',
      },
      helpers: {
        position: 'Orden dentro de la comunidad; si se deja vacío, después del último grupo',
        memberGroup: 'p. ej. Dirigentes sindicales',
        currentMembers: 'Miembros del grupo hasta ahora, una vez contados',
      },
      empty:
        'Todavía no hay metas de membresía. Abra una comunidad de práctica para fijar cuántos miembros busca por grupo.',
    },
  },
};

export const copMembershipTargetMessages: Catalogue<typeof en> = { en, fr, es };
