import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    CommunityOfPractice: {
      name: 'Community of practice |||| Communities of practice',
      fields: {
        acronym: 'Acronym',
        name: 'Name',
        theme: 'Theme',
        officeId: 'Sponsoring office',
        status: 'Status',
        launchDate: 'Launched',
        address: 'Portal',
        description: 'Description',
        targetMembership: 'Target membership',
        q: 'Search',
      },
      helpers: {
        acronym: 'e.g. AP-IRNet',
        theme: 'e.g. Industrial Relations',
        address: 'The portal’s web address',
      },
      empty: 'No community of practice yet. Add the networks your office sponsors, then their membership targets.',
      action: { add_target: 'Add membership target', add_discussion: 'Add discussion' },
      sections: {
        membership: 'Membership targets by group',
        discussions: 'Moderated discussions',
        no_targets: 'No membership target yet for this community.',
        no_discussions: 'No moderated discussion yet in this community.',
        membership_total: 'Target: %{target} members in %{groups} groups; %{current} members so far.',
        membership_uncounted: 'Target: %{target} members in %{groups} groups; members not counted yet.',
        membership_chart: 'Chart of %{acronym}’s target and current members by group, as in the table above',
      },
    },
  },
  enums: {
    CommunityStatus: { PLANNED: 'Planned', ACTIVE: 'Active', CLOSED: 'Closed' },
  },
};

const fr: typeof en = {
  resources: {
    CommunityOfPractice: {
      name: 'Communauté de pratique |||| Communautés de pratique',
      fields: {
        acronym: 'Sigle',
        name: 'Nom',
        theme: 'Thème',
        officeId: 'Bureau parrain',
        status: 'Statut',
        launchDate: 'Lancée le',
        address: 'Portail',
        description: 'Description',
        targetMembership: 'Membres visés',
        q: 'Rechercher',
      },
      helpers: {
        acronym: 'par ex. AP-IRNet',
        theme: 'par ex. Relations professionnelles',
        address: 'L’adresse web du portail',
      },
      empty:
        'Aucune communauté de pratique pour le moment. Ajoutez les réseaux que parraine votre bureau, puis leurs objectifs d’adhésion.',
      action: { add_target: 'Ajouter un objectif d’adhésion', add_discussion: 'Ajouter une discussion' },
      sections: {
        membership: 'Objectifs d’adhésion par groupe',
        discussions: 'Discussions modérées',
        no_targets: 'Aucun objectif d’adhésion pour cette communauté pour le moment.',
        no_discussions: 'Aucune discussion modérée dans cette communauté pour le moment.',
        membership_total: 'Objectif : %{target} membres dans %{groups} groupes ; %{current} membres à ce jour.',
        membership_uncounted: 'Objectif : %{target} membres dans %{groups} groupes ; membres pas encore comptés.',
        membership_chart:
          'Graphique des membres visés et actuels de %{acronym} par groupe, comme dans le tableau ci-dessus',
      },
    },
  },
  enums: {
    CommunityStatus: { PLANNED: 'Prévue', ACTIVE: 'Active', CLOSED: 'Fermée' },
  },
};

const es: typeof en = {
  resources: {
    CommunityOfPractice: {
      name: 'Comunidad de práctica |||| Comunidades de práctica',
      fields: {
        acronym: 'Sigla',
        name: 'Nombre',
        theme: 'Tema',
        officeId: 'Oficina patrocinadora',
        status: 'Estado',
        launchDate: 'Lanzada el',
        address: 'Portal',
        description: 'Descripción',
        targetMembership: 'Miembros previstos',
        q: 'Buscar',
      },
      helpers: {
        acronym: 'p. ej. AP-IRNet',
        theme: 'p. ej. Relaciones laborales',
        address: 'La dirección web del portal',
      },
      empty:
        'Todavía no hay comunidades de práctica. Añada las redes que patrocina su oficina y después sus metas de membresía.',
      action: { add_target: 'Añadir meta de membresía', add_discussion: 'Añadir debate' },
      sections: {
        membership: 'Metas de membresía por grupo',
        discussions: 'Debates moderados',
        no_targets: 'Esta comunidad todavía no tiene metas de membresía.',
        no_discussions: 'Esta comunidad todavía no tiene debates moderados.',
        membership_total: 'Meta: %{target} miembros en %{groups} grupos; %{current} miembros hasta ahora.',
        membership_uncounted: 'Meta: %{target} miembros en %{groups} grupos; miembros aún sin contar.',
        membership_chart:
          'Gráfico de los miembros previstos y actuales de %{acronym} por grupo, como en la tabla anterior',
      },
    },
  },
  enums: {
    CommunityStatus: { PLANNED: 'Prevista', ACTIVE: 'Activa', CLOSED: 'Cerrada' },
  },
};

export const communityOfPracticeMessages: Catalogue<typeof en> = { en, fr, es };
