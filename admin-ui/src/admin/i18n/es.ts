import type { Translation } from '../../app/i18n/catalogue';
import type { en } from './en';

export const es: Translation<typeof en> = {
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
        unlocked: 'Período desbloqueado: las oficinas afectadas reciben quién lo desbloqueó y por qué',
      },
      unlock: {
        title: '¿Desbloquear %{code}?',
        explanation:
          'Un bloqueo debe ser definitivo. Desbloquear permite volver a modificar los informes y resultados de este período; el motivo queda en el historial y se envía a las oficinas afectadas.',
        reason: 'Motivo del desbloqueo',
        reasonRequired: 'Indique por qué se desbloquea el período',
        open: 'Desbloquear y abrir',
        close: 'Desbloquear y cerrar',
      },
      empty: 'Todavía no hay períodos de informe: los crea un administrador, p. ej. 2009-Q3.',
    },
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
