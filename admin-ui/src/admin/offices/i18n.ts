import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    Office: {
      name: 'Office |||| Offices',
      fields: {
        code: 'Code',
        name: 'Name',
        type: 'Type',
        parentId: 'Reports to',
        countries: 'Countries',
        children: 'Offices reporting to it',
        updatedAt: 'Last changed',
      },
      filters: { country: 'Covers country (ISO code)' },
      helper: { countries: 'ISO 3166-1 alpha-3 codes, e.g. BGD; press Enter after each' },
      validation: {
        code: 'No spaces',
        countries: 'Each country is three capital letters (ISO 3166-1 alpha-3), e.g. BGD',
      },
      empty: 'No office yet: an administrator adds them.',
    },
  },
};

const fr: typeof en = {
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
  },
};

const es: typeof en = {
  resources: {
    Office: {
      name: 'Oficina |||| Oficinas',
      fields: {
        code: 'Código',
        name: 'Nombre',
        type: 'Tipo',
        parentId: 'Depende de',
        countries: 'Países',
        children: 'Oficinas que dependen de ella',
        updatedAt: 'Última modificación',
      },
      filters: { country: 'Cubre el país (código ISO)' },
      helper: { countries: 'Códigos ISO 3166-1 alfa-3, p. ej. BGD; pulse Intro después de cada uno' },
      validation: {
        code: 'Sin espacios',
        countries: 'Cada país se escribe con tres mayúsculas (ISO 3166-1 alfa-3), p. ej. BGD',
      },
      empty: 'Todavía no hay oficinas: las añade un administrador.',
    },
  },
};

export const officeMessages: Catalogue<typeof en> = { en, fr, es };
