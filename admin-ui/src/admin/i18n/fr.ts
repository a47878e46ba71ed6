import type { Translation } from '../../app/i18n/catalogue';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  resources: {
    Office: {
      name: 'Bureau |||| Bureaux',
      fields: {
        code: 'Code',
        name: 'Nom',
        type: 'Type',
        parentId: 'Relève de',
        countries: 'Pays',
        children: 'Bureaux qui en relèvent',
        updatedAt: 'Dernière modification',
      },
      filters: { country: 'Couvre le pays (code ISO)' },
      helper: { countries: 'Codes ISO 3166-1 alpha-3, par ex. BGD ; appuyez sur Entrée après chacun' },
      validation: {
        code: "Pas d'espace",
        countries: 'Chaque pays est noté par trois majuscules (ISO 3166-1 alpha-3), par ex. BGD',
      },
      empty: "Aucun bureau pour l'instant : un administrateur les ajoute.",
    },
    ReportingPeriod: {
      name: 'Période de rapport |||| Périodes de rapport',
      fields: {
        code: 'Code',
        kind: 'Type',
        startDate: 'Début',
        endDate: 'Fin',
        dueDate: 'Rapports attendus le',
        status: 'Statut',
        updatedAt: 'Dernière modification',
      },
      filters: { startDate_gte: 'Commençant le ou après le', endDate_lte: 'Finissant le ou avant le' },
      helper: {
        code: 'Un trimestre (2009-Q3), une année (2009) ou un exercice biennal (2008-09)',
        dueDate: 'Laisser vide : 15 jours après un trimestre, 31 jours après une année ou un exercice biennal',
      },
      validation: { code: 'Indiquez un trimestre (2009-Q3), une année (2009) ou un exercice biennal (2008-09)' },
      action: { open: 'Ouvrir', close: 'Clore', lock: 'Verrouiller' },
      notifications: {
        openReportingPeriod: 'Période ouverte : les résultats peuvent de nouveau être saisis',
        closeReportingPeriod: 'Période close : seuls les rapports renvoyés peuvent être soumis à nouveau',
        lockReportingPeriod: 'Période verrouillée : plus rien ne peut être créé, modifié ni soumis',
        unlocked: 'Période déverrouillée : les bureaux concernés apprennent qui l’a déverrouillée et pourquoi',
      },
      unlock: {
        title: 'Déverrouiller %{code} ?',
        explanation:
          'Un verrouillage est censé être définitif. Déverrouiller permet de modifier à nouveau les rapports et résultats de cette période ; la raison est conservée dans l’historique et envoyée aux bureaux concernés.',
        reason: 'Raison du déverrouillage',
        reasonRequired: 'Indiquez pourquoi la période est déverrouillée',
        open: 'Déverrouiller et ouvrir',
        close: 'Déverrouiller et clore',
      },
      empty: "Aucune période de rapport pour l'instant : un administrateur les crée, par ex. 2009-Q3.",
    },
    User: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        name: 'Nom',
        email: 'Courriel',
        role: 'Rôle',
        officeIds: 'Bureaux',
        active: 'Actif',
        password: 'Mot de passe',
        lastLoginAt: 'Dernière connexion',
        createdAt: 'Créé le',
      },
      helper: {
        password: 'Au moins 10 caractères, mêlant lettres et chiffres ou symboles',
        newPassword:
          "Laisser vide pour garder le mot de passe actuel ; un nouveau mot de passe déconnecte l'utilisateur partout",
      },
      empty: "Aucun utilisateur pour l'instant : un administrateur les ajoute.",
    },
  },
};
