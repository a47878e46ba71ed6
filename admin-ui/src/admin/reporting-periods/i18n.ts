import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    ReportingPeriod: {
      name: 'Reporting period |||| Reporting periods',
      fields: {
        code: 'Code',
        kind: 'Kind',
        startDate: 'Starts',
        endDate: 'Ends',
        dueDate: 'Reports due',
        status: 'Status',
        updatedAt: 'Last changed',
      },
      filters: { startDate_gte: 'Starting on or after', endDate_lte: 'Ending on or before' },
      helper: {
        code: 'A quarter (2009-Q3), a year (2009) or a biennium (2008-09)',
        dueDate: 'Leave empty for 15 days after a quarter, 31 days after a year or biennium',
      },
      validation: { code: 'Write a quarter (2009-Q3), a year (2009) or a biennium (2008-09)' },
      action: { open: 'Open', close: 'Close', lock: 'Lock' },
      notifications: {
        openReportingPeriod: 'Period opened: results can be entered again',
        closeReportingPeriod: 'Period closed: only returned reports can be resubmitted',
        lockReportingPeriod: 'Period locked: nothing can be created, edited or submitted',
      },
      empty: 'No reporting period yet: an administrator creates them, e.g. 2009-Q3.',
    },
  },
};

const fr: typeof en = {
  resources: {
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
      },
      empty: "Aucune période de rapport pour l'instant : un administrateur les crée, par ex. 2009-Q3.",
    },
  },
};

const es: typeof en = {
  resources: {
    ReportingPeriod: {
      name: 'Período de informe |||| Períodos de informe',
      fields: {
        code: 'Código',
        kind: 'Tipo',
        startDate: 'Inicio',
        endDate: 'Fin',
        dueDate: 'Informes a entregar el',
        status: 'Estado',
        updatedAt: 'Última modificación',
      },
      filters: { startDate_gte: 'Que empiezan el o después del', endDate_lte: 'Que terminan el o antes del' },
      helper: {
        code: 'Un trimestre (2009-Q3), un año (2009) o un bienio (2008-09)',
        dueDate: 'Dejar vacío: 15 días después de un trimestre, 31 días después de un año o bienio',
      },
      validation: { code: 'Escriba un trimestre (2009-Q3), un año (2009) o un bienio (2008-09)' },
      action: { open: 'Abrir', close: 'Cerrar', lock: 'Bloquear' },
      notifications: {
        openReportingPeriod: 'Período abierto: se pueden volver a introducir resultados',
        closeReportingPeriod: 'Período cerrado: solo se pueden volver a presentar los informes devueltos',
        lockReportingPeriod: 'Período bloqueado: no se puede crear, modificar ni presentar nada',
      },
      empty: 'Todavía no hay períodos de informe: los crea un administrador, p. ej. 2009-Q3.',
    },
  },
};

export const reportingPeriodMessages: Catalogue<typeof en> = { en, fr, es };
