import type { Translation } from '../../app/i18n/catalogue';
import type { en } from './en';

export const es: Translation<typeof en> = {
  resources: {
    QuarterlyUpdate: {
      name: 'Actualización trimestral de GC |||| Actualizaciones trimestrales de GC',
      title: 'Actualización de GC %{update}',
      fields: {
        officeId: 'Oficina de la OIT',
        periodId: 'Trimestre',
        authors: 'Autor(es)',
        areaOfWork: 'Área de actividad',
        executiveSummary: 'Resumen ejecutivo',
        milestonesIntro: 'Frase antes de los hitos',
        workInProgressIntro: 'Frase antes del trabajo en curso',
        workInProgressConclusion: 'Párrafo final del trabajo en curso',
        issuesIntro: 'Frase antes de los problemas críticos',
        contactsIntro: 'Frase antes de los contactos clave',
        milestones: 'Hitos',
        criticalIssues: 'Problemas críticos',
        updatedAt: 'Última modificación',
        q: 'Buscar',
      },
      helpers: {
        authors: 'Iniciales, p. ej. JA, GT, SF',
        areaOfWork: 'p. ej. Gestión del conocimiento',
        intro: 'Opcional: una frase que presenta esta parte de la actualización',
      },
      empty:
        'Todavía no hay actualizaciones trimestrales. Redacte una por oficina y trimestre; reúne los hitos y las áreas de trabajo del trimestre.',
      action: {
        add_issue: 'Añadir problema',
        add_contact: 'Añadir contacto',
        add_milestone: 'Añadir hito',
        add_work_area: 'Añadir área de trabajo',
        add_status: 'Registrar estado',
      },
      document: {
        organization: 'Organización Internacional del Trabajo',
        regionalOffice: 'Oficina Regional para Asia y el Pacífico (ROAP)',
        heading: 'Actualización sobre gestión del conocimiento',
        authors: 'Autor(es):',
        period: 'Período cubierto:',
        office: 'Oficina de la OIT:',
        areaOfWork: 'Área de actividad:',
        summary: 'Resumen ejecutivo',
        milestones: 'Principales hitos y logros hasta %{period}',
        workInProgress: 'Trabajo en curso',
        issues: 'Problemas críticos y desafíos',
        contacts: 'Contactos clave',
        link: 'enlace',
        status_in: 'Estado en %{period}:',
        no_status: 'sin registrar',
        no_milestones: 'La oficina no alcanzó ningún hito en este trimestre.',
        no_work_areas: 'La oficina todavía no tiene áreas de trabajo.',
        no_issues: 'No hay problemas críticos registrados para esta actualización.',
        no_contacts: 'No hay contactos clave registrados para esta actualización.',
      },
    },
    CriticalIssue: {
      name: 'Problema crítico |||| Problemas críticos',
      fields: {
        updateId: 'Actualización trimestral',
        position: 'Orden',
        title: 'Problema',
        description: 'Descripción',
        q: 'Buscar',
      },
      helpers: {
        position: 'Orden dentro de la actualización; si se deja vacío, después del último problema',
        title: 'p. ej. Implicación del personal',
      },
      empty:
        'Todavía no hay problemas críticos. Abra una actualización trimestral para añadir los problemas y desafíos del trimestre.',
    },
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
    KmMilestone: {
      name: 'Hito de GC |||| Hitos de GC',
      fields: {
        officeId: 'Oficina',
        title: 'Título',
        description: 'Descripción',
        startDate: 'Fecha',
        endDate: 'Fecha de fin',
        dates: 'Fechas',
        link: 'Enlace',
        communityId: 'Comunidad de práctica',
        componentId: 'Componente de indicador',
        componentIds: 'Componentes de indicador que hace avanzar',
        startDate_gte: 'Desde',
        startDate_lte: 'Hasta',
        q: 'Buscar',
      },
      helpers: {
        description: 'Tal como figura en la actualización trimestral',
        endDate: 'Dejar vacío para un solo día',
        communityId: 'Una comunidad de práctica de la oficina, si se refiere a una',
        componentIds: 'Los componentes de indicador del marco que hace avanzar, si los hay',
      },
      ofComponent: {
        heading: 'Hitos de GC que lo hacen avanzar',
        empty: 'Ningún hito de GC de sus oficinas está vinculado aún a este componente.',
      },
      errors: { endDate: 'No puede ser anterior a la fecha de inicio' },
      empty:
        'Todavía no hay hitos de gestión del conocimiento. Registre los logros a medida que ocurren; cada actualización trimestral recoge los de su trimestre.',
    },
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
    WorkAreaStatus: {
      name: 'Estado de un área de trabajo |||| Estados de las áreas de trabajo',
      fields: { workAreaId: 'Área de trabajo', periodId: 'Trimestre', status: 'Estado', note: 'Nota', q: 'Buscar' },
      empty:
        'Ningún área de trabajo tiene todavía un estado trimestral. Abra un área de trabajo para registrar su avance cada trimestre.',
    },
    CommunityOfPractice: {
      name: 'Comunidad de práctica |||| Comunidades de práctica',
      fields: {
        acronym: 'Sigla',
        name: 'Nombre',
        theme: 'Tema',
        officeId: 'Oficina patrocinadora',
        status: 'Estado',
        launchDate: 'Lanzada el',
        address: 'Portal',
        description: 'Descripción',
        targetMembership: 'Miembros previstos',
        q: 'Buscar',
      },
      helpers: {
        acronym: 'p. ej. AP-IRNet',
        theme: 'p. ej. Relaciones laborales',
        address: 'La dirección web del portal',
      },
      empty:
        'Todavía no hay comunidades de práctica. Añada las redes que patrocina su oficina y después sus metas de membresía.',
      action: { add_target: 'Añadir meta de membresía', add_discussion: 'Añadir debate' },
      sections: {
        membership: 'Metas de membresía por grupo',
        discussions: 'Debates moderados',
        no_targets: 'Esta comunidad todavía no tiene metas de membresía.',
        no_discussions: 'Esta comunidad todavía no tiene debates moderados.',
        membership_total: 'Meta: %{target} miembros en %{groups} grupos; %{current} miembros hasta ahora.',
        membership_uncounted: 'Meta: %{target} miembros en %{groups} grupos; miembros aún sin contar.',
        membership_chart:
          'Gráfico de los miembros previstos y actuales de %{acronym} por grupo, como en la tabla anterior',
      },
    },
    CopMembershipTarget: {
      name: 'Meta de membresía |||| Metas de membresía',
      fields: {
        communityId: 'Comunidad de práctica',
        position: 'Orden',
        memberGroup: 'Grupo de miembros',
        targetMembers: 'Miembros previstos',
        currentMembers: 'Miembros actuales',
        q: 'Buscar',
      },
      helpers: {
        position: 'Orden dentro de la comunidad; si se deja vacío, después del último grupo',
        memberGroup: 'p. ej. Dirigentes sindicales',
        currentMembers: 'Miembros del grupo hasta ahora, una vez contados',
      },
      empty:
        'Todavía no hay metas de membresía. Abra una comunidad de práctica para fijar cuántos miembros busca por grupo.',
    },
    CopDiscussion: {
      name: 'Debate |||| Debates',
      fields: {
        communityId: 'Comunidad de práctica',
        topic: 'Tema',
        startDate: 'Inicio',
        endDate: 'Fin',
        moderator: 'Moderador',
        reach: 'Alcance',
        summary: 'Resumen',
        startDate_gte: 'Iniciado desde',
        startDate_lte: 'Iniciado hasta',
        q: 'Buscar',
      },
      helpers: { reach: 'Cuántas personas, aproximadamente, recibieron la respuesta consolidada' },
      errors: { endDate: 'No puede ser anterior a la fecha de inicio' },
      empty: 'Todavía no hay debates moderados. Abra una comunidad de práctica para registrar sus debates en línea.',
    },
  },
  exports: { kmUpdate: 'Descargar el boletín de gestión del conocimiento (.xlsx)' },
};
