import type { Translation } from '../../app/i18n/catalogue';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  resources: {
    QuarterlyUpdate: {
      name: 'Mise à jour trimestrielle GC |||| Mises à jour trimestrielles GC',
      title: 'Mise à jour GC %{update}',
      fields: {
        officeId: 'Bureau de l’OIT',
        periodId: 'Trimestre',
        authors: 'Auteur(s)',
        areaOfWork: 'Domaine d’activité',
        executiveSummary: 'Résumé',
        milestonesIntro: 'Phrase avant les étapes',
        workInProgressIntro: 'Phrase avant les travaux en cours',
        workInProgressConclusion: 'Paragraphe de conclusion des travaux en cours',
        issuesIntro: 'Phrase avant les problèmes critiques',
        contactsIntro: 'Phrase avant les contacts clés',
        milestones: 'Étapes',
        criticalIssues: 'Problèmes critiques',
        updatedAt: 'Dernière modification',
        q: 'Rechercher',
      },
      helpers: {
        authors: 'Initiales, par ex. JA, GT, SF',
        areaOfWork: 'par ex. Gestion des connaissances',
        intro: 'Facultatif : une phrase qui introduit cette partie de la mise à jour',
      },
      empty:
        'Aucune mise à jour trimestrielle pour le moment. Rédigez-en une par bureau et par trimestre ; elle rassemble les étapes et domaines de travail du trimestre.',
      action: {
        add_issue: 'Ajouter un problème',
        add_contact: 'Ajouter un contact',
        add_milestone: 'Ajouter une étape',
        add_work_area: 'Ajouter un domaine de travail',
        add_status: 'Noter l’état',
      },
      document: {
        organization: 'Organisation internationale du Travail',
        regionalOffice: 'Bureau régional pour l’Asie et le Pacifique (ROAP)',
        heading: 'Point sur la gestion des connaissances',
        authors: 'Auteur(s) :',
        period: 'Période couverte :',
        office: 'Bureau de l’OIT :',
        areaOfWork: 'Domaine d’activité :',
        summary: 'Résumé',
        milestones: 'Principales étapes et réalisations jusqu’à %{period}',
        workInProgress: 'Travaux en cours',
        issues: 'Problèmes critiques et défis',
        contacts: 'Contacts clés',
        link: 'lien',
        status_in: 'État en %{period} :',
        no_status: 'non renseigné',
        no_milestones: 'Aucune étape atteinte par le bureau au cours de ce trimestre.',
        no_work_areas: 'Le bureau n’a encore aucun domaine de travail.',
        no_issues: 'Aucun problème critique pour cette mise à jour.',
        no_contacts: 'Aucun contact clé pour cette mise à jour.',
      },
    },
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
    KeyContact: {
      name: 'Contact clé |||| Contacts clés',
      fields: {
        updateId: 'Mise à jour trimestrielle',
        position: 'Ordre',
        name: 'Nom',
        title: 'Fonction',
        email: 'Courriel',
        q: 'Rechercher',
      },
      helpers: {
        position: 'Ordre dans la mise à jour ; laissé vide, après le dernier contact',
        title: 'par ex. Directeur régional adjoint',
      },
      empty:
        'Aucun contact clé pour le moment. Ouvrez une mise à jour trimestrielle pour ajouter les personnes à qui les lecteurs peuvent s’adresser.',
    },
    KmMilestone: {
      name: 'Étape GC |||| Étapes GC',
      fields: {
        officeId: 'Bureau',
        title: 'Titre',
        description: 'Description',
        startDate: 'Date',
        endDate: 'Date de fin',
        dates: 'Dates',
        link: 'Lien',
        communityId: 'Communauté de pratique',
        componentId: 'Composante d’indicateur',
        componentIds: 'Composantes d’indicateur qu’elle fait avancer',
        startDate_gte: 'Depuis le',
        startDate_lte: 'Jusqu’au',
        q: 'Rechercher',
      },
      helpers: {
        description: 'Telle qu’elle figure dans la mise à jour trimestrielle',
        endDate: 'Laisser vide pour un seul jour',
        communityId: 'Une communauté de pratique du bureau, si elle en concerne une',
        componentIds: 'Les composantes d’indicateur du cadre qu’elle fait avancer, le cas échéant',
      },
      ofComponent: {
        heading: 'Jalons de GC qui la font avancer',
        empty: 'Aucun jalon de GC de vos bureaux n’est encore lié à cette composante.',
      },
      errors: { endDate: 'Ne doit pas précéder la date de début' },
      empty:
        'Aucune étape de gestion des connaissances pour le moment. Notez les réalisations au fil de l’eau ; chaque mise à jour trimestrielle reprend celles de son trimestre.',
    },
    WorkArea: {
      name: 'Domaine de travail |||| Domaines de travail',
      fields: { officeId: 'Bureau', number: 'Numéro', title: 'Titre', description: 'Description', q: 'Rechercher' },
      helpers: { number: 'Numérote les domaines de travail du bureau, à partir de 1' },
      empty:
        'Aucun domaine de travail pour le moment. Ajoutez les domaines prioritaires dont votre bureau rend compte chaque trimestre.',
      action: { add_status: 'Ajouter un état trimestriel' },
      sections: {
        statuses: 'État par trimestre',
        no_statuses: 'Aucun état trimestriel pour ce domaine de travail pour le moment.',
      },
    },
    WorkAreaStatus: {
      name: 'État d’un domaine de travail |||| États des domaines de travail',
      fields: {
        workAreaId: 'Domaine de travail',
        periodId: 'Trimestre',
        status: 'État',
        note: 'Note',
        q: 'Rechercher',
      },
      empty:
        'Aucun domaine de travail n’a encore d’état trimestriel. Ouvrez un domaine de travail pour noter où il en est chaque trimestre.',
    },
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
  exports: { kmUpdate: 'Télécharger le bulletin de gestion des connaissances (.xlsx)' },
};
