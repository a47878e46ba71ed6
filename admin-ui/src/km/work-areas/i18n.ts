import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    WorkArea: {
      name: 'Work area |||| Work areas',
      fields: { officeId: 'Office', number: 'Number', title: 'Title', description: 'Description', q: 'Search' },
      helpers: { number: 'Numbers the office’s areas of work, from 1' },
      empty: 'No area of work yet. Add the high-priority areas your office reports on each quarter.',
      action: { add_status: 'Add quarterly status' },
      sections: {
        statuses: 'Status by quarter',
        no_statuses: 'No quarterly status yet for this area of work.',
      },
    },
  },
};

const fr: typeof en = {
  resources: {
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
  },
};

const es: typeof en = {
  resources: {
    WorkArea: {
      name: 'Área de trabajo |||| Áreas de trabajo',
      fields: { officeId: 'Oficina', number: 'Número', title: 'Título', description: 'Descripción', q: 'Buscar' },
      helpers: { number: 'Numera las áreas de trabajo de la oficina, desde 1' },
      empty:
        'Todavía no hay áreas de trabajo. Añada las áreas prioritarias sobre las que su oficina informa cada trimestre.',
      action: { add_status: 'Añadir estado trimestral' },
      sections: {
        statuses: 'Estado por trimestre',
        no_statuses: 'Esta área de trabajo todavía no tiene estados trimestrales.',
      },
    },
  },
};

export const workAreaMessages: Catalogue<typeof en> = { en, fr, es };
