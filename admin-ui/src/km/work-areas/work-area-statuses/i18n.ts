import type { Catalogue } from '../../../app/i18n/catalogue';

const en = {
  resources: {
    WorkAreaStatus: {
      name: 'Work area status |||| Work area statuses',
      fields: { workAreaId: 'Work area', periodId: 'Quarter', status: 'Status', note: 'Note', q: 'Search' },
      empty: 'No work area has a quarterly status yet. Open a work area to record how it stands each quarter.',
    },
  },
  enums: {
    WorkAreaProgress: {
      NOT_STARTED: 'Not started',
      IN_PROGRESS: 'In progress',
      DELAYED: 'Delayed',
      COMPLETED: 'Completed',
    },
  },
};

const fr: typeof en = {
  resources: {
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
  },
  enums: {
    WorkAreaProgress: {
      NOT_STARTED: 'Non commencé',
      IN_PROGRESS: 'En cours',
      DELAYED: 'En retard',
      COMPLETED: 'Terminé',
    },
  },
};

const es: typeof en = {
  resources: {
    WorkAreaStatus: {
      name: 'Estado de un área de trabajo |||| Estados de las áreas de trabajo',
      fields: { workAreaId: 'Área de trabajo', periodId: 'Trimestre', status: 'Estado', note: 'Nota', q: 'Buscar' },
      empty:
        'Ningún área de trabajo tiene todavía un estado trimestral. Abra un área de trabajo para registrar su avance cada trimestre.',
    },
  },
  enums: {
    WorkAreaProgress: {
      NOT_STARTED: 'No iniciado',
      IN_PROGRESS: 'En curso',
      DELAYED: 'Retrasado',
      COMPLETED: 'Terminado',
    },
  },
};

export const workAreaStatusMessages: Catalogue<typeof en> = { en, fr, es };
