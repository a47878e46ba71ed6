import type { Translation } from './catalogue';
import type { en } from './en';

export const es: Translation<typeof en> = {
  app: {
    title: 'Seguimiento de resultados de ROAP',
    menu: { framework: 'Marco de resultados', dwcp: 'Programas de país', admin: 'Administración' },
    language: 'Idioma',
  },
  enums: {
    Measure: { NUMBER: 'Número', PERCENT: 'Porcentaje', MILESTONE: 'Hito', TEXT: 'Descripción' },
    Aggregation: { LATEST: 'Último valor', SUM: 'Suma', AVERAGE: 'Promedio' },
    Direction: { INCREASE: 'Aumento', DECREASE: 'Disminución' },
    IndicatorScope: { INTERNAL: 'I (interno)', INTERNAL_EXTERNAL: 'I+E (interno y externo)' },
    MilestoneStatus: {
      NOT_STARTED: 'No iniciado',
      IN_PROGRESS: 'En curso',
      ACHIEVED: 'Logrado',
      NOT_ACHIEVED: 'No logrado',
    },
    OfficeType: {
      HQ: 'Sede',
      REGIONAL: 'Oficina regional',
      SUBREGIONAL: 'Oficina subregional',
      COUNTRY: 'Oficina de país',
    },
    PeriodKind: { QUARTER: 'Trimestre', YEAR: 'Año', BIENNIUM: 'Bienio' },
    PeriodStatus: { OPEN: 'Abierto', CLOSED: 'Cerrado', LOCKED: 'Bloqueado' },
    ProgrammeStatus: { DRAFT: 'Borrador', ACTIVE: 'En curso', CLOSED: 'Cerrado' },
    FundingSource: { RB: 'PO', RBSA: 'CSPO', RBTC: 'CTPO', XBTC: 'CTPE' },
    PlanItemKind: { OUTPUT: 'Producto', ACTIVITY: 'Actividad' },
    PlanItemStatus: {
      NOT_STARTED: 'No iniciado',
      ON_TRACK: 'Según lo previsto',
      DELAYED: 'Retrasado',
      COMPLETED: 'Terminado',
      CANCELLED: 'Cancelado',
    },
    TargetSource: {
      REGION: 'Meta de la región',
      OFFICE: 'Meta propia de la oficina',
      CHILD_OFFICES: 'Suma de las metas de sus oficinas',
      COMPONENT: 'Meta de la parte',
    },
    ReportStatus: { DRAFT: 'Borrador', SUBMITTED: 'Presentado', RETURNED: 'Devuelto', APPROVED: 'Aprobado' },
    ProgressStatus: {
      ON_TRACK: 'Según lo previsto',
      AT_RISK: 'En riesgo',
      OFF_TRACK: 'Desviado',
      NO_DATA: 'Sin datos',
      NOT_MEASURED: 'No medido',
    },
    Role: {
      ADMIN: 'Administrador',
      REGIONAL_MANAGER: 'Dirección regional',
      KM_OFFICER: 'Responsable de gestión del conocimiento',
      PROGRAMME_OFFICER: 'Oficial de programas',
      VIEWER: 'Lector',
    },
    WorkAreaProgress: {
      NOT_STARTED: 'No iniciado',
      IN_PROGRESS: 'En curso',
      DELAYED: 'Retrasado',
      COMPLETED: 'Terminado',
    },
    CommunityStatus: { PLANNED: 'Prevista', ACTIVE: 'Activa', CLOSED: 'Cerrada' },
    AuditPath: {
      FORM: 'Formulario',
      TEMPLATE_IMPORT: 'Importación de la plantilla',
      WORKFLOW: 'Paso de revisión',
      ADMINISTRATION: 'Administración',
      CASCADE: 'Con su registro padre',
      SYSTEM: 'Sistema',
    },
  },
  exports: {
    preparing: 'Preparando el libro',
    received: '%{size} KB recibidos',
    done: '%{file} descargado',
    failed: 'La descarga falló: %{reason}',
  },
};
