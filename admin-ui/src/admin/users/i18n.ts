import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    User: {
      name: 'User |||| Users',
      fields: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        officeIds: 'Offices',
        active: 'Active',
        password: 'Password',
        lastLoginAt: 'Last signed in',
        createdAt: 'Created',
      },
      helper: {
        password: 'At least 10 characters, mixing letters with digits or symbols',
        newPassword: 'Leave empty to keep the current password; a new one signs the user out everywhere',
      },
      empty: 'No user yet: an administrator adds them.',
    },
  },
};

const fr: typeof en = {
  resources: {
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

const es: typeof en = {
  resources: {
    User: {
      name: 'Usuario |||| Usuarios',
      fields: {
        name: 'Nombre',
        email: 'Correo electrónico',
        role: 'Función',
        officeIds: 'Oficinas',
        active: 'Activo',
        password: 'Contraseña',
        lastLoginAt: 'Último acceso',
        createdAt: 'Creado el',
      },
      helper: {
        password: 'Al menos 10 caracteres, combinando letras con cifras o símbolos',
        newPassword: 'Dejar vacío para conservar la contraseña actual; una nueva cierra todas las sesiones del usuario',
      },
      empty: 'Todavía no hay usuarios: los añade un administrador.',
    },
  },
};

export const userMessages: Catalogue<typeof en> = { en, fr, es };
