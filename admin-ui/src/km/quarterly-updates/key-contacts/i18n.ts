import type { Catalogue } from '../../../app/i18n/catalogue';

const en = {
  resources: {
    KeyContact: {
      name: 'Key contact |||| Key contacts',
      fields: {
        updateId: 'Quarterly update',
        position: 'Order',
        name: 'Name',
        title: 'Job title',
        email: 'Email',
        q: 'Search',
      },
      helpers: {
        position: 'Order within the update; left empty, after the last contact',
        title: 'e.g. Deputy Regional Director',
      },
      empty: 'No key contact yet. Open a quarterly update to add the people readers can ask for details.',
    },
  },
};

const fr: typeof en = {
  resources: {
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
  },
};

const es: typeof en = {
  resources: {
    KeyContact: {
      name: 'Contacto clave |||| Contactos clave',
      fields: {
        updateId: 'Actualización trimestral',
        position: 'Orden',
        name: 'Nombre',
        title: 'Cargo',
        email: 'Correo electrónico',
        q: 'Buscar',
      },
      helpers: {
        position: 'Orden dentro de la actualización; si se deja vacío, después del último contacto',
        title: 'p. ej. Director Regional Adjunto',
      },
      empty:
        'Todavía no hay contactos clave. Abra una actualización trimestral para añadir las personas a quienes pedir más información.',
    },
  },
};

export const keyContactMessages: Catalogue<typeof en> = { en, fr, es };
