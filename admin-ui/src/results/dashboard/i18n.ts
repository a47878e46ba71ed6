import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  dashboard: {
    title: 'Dashboard',
    loading: 'Loading…',
    outcome: 'Outcome %{number}',
    outcomes: 'Outcomes and indicators',
    filters: {
      title: 'What to show',
      framework: 'Results framework',
      quarter: 'Quarter',
      office: 'Office',
      allOffices: 'All my offices',
      includeSubmitted: 'Include submitted reports (not yet approved)',
    },
    myReport: {
      title: 'My report for the quarter',
      body: "Enter your office's results and progress for the current quarter, then submit it for review.",
      action: 'Open my report',
    },
    summary: {
      title: 'Status of the %{smart_count} component |||| Status of the %{smart_count} components',
      components: 'Components',
    },
    columns: {
      indicator: 'Indicator',
      component: 'Component',
      progress: 'Baseline → actual → target',
      achievement: '% achievement',
      status: 'Status',
      office: 'Office',
      actual: 'Actual',
      milestone: 'Milestone',
      narrative: 'Narrative reported',
    },
    progress: {
      figures: 'Baseline %{baseline} · actual %{actual} · target %{target}',
      actual: 'Actual',
      expected: 'Expected by now',
      legend:
        'The bar runs from the baseline to the target; its filled part shows the actual, the dark line where the component should be by now. Select an indicator for its trend and office values.',
      noMilestone: 'No milestone reported',
      reportingOffices: '%{smart_count} office reporting |||| %{smart_count} offices reporting',
      narrativeOffices: '%{smart_count} office reported a narrative |||| %{smart_count} offices reported a narrative',
    },
    detail: {
      trend: '% achievement over the last quarter |||| % achievement over the last %{smart_count} quarters',
      targetLine: 'Target (100 %)',
      offices: 'Values by office this quarter',
      component: 'Component %{label}',
      target: 'Target',
    },
    compliance: {
      title: 'Reporting compliance',
      programme: 'Programme (office, country)',
      empty:
        'No country programme reports for these quarters. Programmes appear here once they exist under Country programmes.',
      late: 'Late',
      lateShort: 'late',
      none: 'No programme report expected',
      due: 'due %{date}',
      status: {
        NOT_STARTED: 'Not started',
        DRAFT: 'Draft',
        SUBMITTED: 'Submitted',
        RETURNED: 'Returned',
        APPROVED: 'Approved',
      },
    },
    empty: {
      noFramework:
        'There is no results framework yet. A knowledge management officer or administrator creates one under Results framework.',
      noQuarter: 'There are no reporting quarters yet. An administrator adds them under Reporting periods.',
      noIndicators:
        'This results framework has no indicators yet. Add outcomes and indicators under Results framework.',
      noApprovedData:
        'No approved results for this quarter yet. Turn on "Include submitted reports", choose another quarter or office, or approve the reports waiting for review.',
      noData:
        'No results reported for this quarter yet. Choose another quarter or office, or ask the offices to report.',
      noTrend: 'No figures for this indicator in these quarters yet.',
      noOffices: 'No office has reported on this component for this quarter.',
    },
    errors: {
      options: 'The frameworks and quarters could not be loaded',
      progress: 'The progress figures could not be loaded',
      trend: 'The trend could not be loaded',
      offices: 'The office values could not be loaded',
      compliance: 'The reporting compliance could not be loaded',
    },
  },
};

const fr: typeof en = {
  dashboard: {
    title: 'Tableau de bord',
    loading: 'Chargement…',
    outcome: 'Résultat %{number}',
    outcomes: 'Résultats et indicateurs',
    filters: {
      title: 'Affichage',
      framework: 'Cadre de résultats',
      quarter: 'Trimestre',
      office: 'Bureau',
      allOffices: 'Tous mes bureaux',
      includeSubmitted: 'Inclure les rapports soumis (pas encore approuvés)',
    },
    myReport: {
      title: 'Mon rapport du trimestre',
      body: 'Saisissez les résultats et les progrès de votre bureau pour le trimestre en cours, puis soumettez-le pour examen.',
      action: 'Ouvrir mon rapport',
    },
    summary: {
      title: 'État de la %{smart_count} composante |||| État des %{smart_count} composantes',
      components: 'Composantes',
    },
    columns: {
      indicator: 'Indicateur',
      component: 'Composante',
      progress: 'Référence → réel → cible',
      achievement: '% de réalisation',
      status: 'État',
      office: 'Bureau',
      actual: 'Réel',
      milestone: 'Étape',
      narrative: 'Description fournie',
    },
    progress: {
      figures: 'Référence %{baseline} · réel %{actual} · cible %{target}',
      actual: 'Réel',
      expected: 'Attendu à ce stade',
      legend:
        'La barre va de la valeur de référence à la cible ; sa partie pleine montre le réel, le trait foncé l’endroit où la composante devrait se trouver. Choisissez un indicateur pour voir son évolution et les valeurs par bureau.',
      noMilestone: 'Aucune étape signalée',
      reportingOffices: '%{smart_count} bureau déclarant |||| %{smart_count} bureaux déclarants',
      narrativeOffices:
        '%{smart_count} bureau a fourni une description |||| %{smart_count} bureaux ont fourni une description',
    },
    detail: {
      trend: '% de réalisation au dernier trimestre |||| % de réalisation sur les %{smart_count} derniers trimestres',
      targetLine: 'Cible (100 %)',
      offices: 'Valeurs par bureau ce trimestre',
      component: 'Composante %{label}',
      target: 'Cible',
    },
    compliance: {
      title: 'Respect des délais de rapport',
      programme: 'Programme (bureau, pays)',
      empty:
        'Aucun rapport de programme par pays pour ces trimestres. Les programmes apparaissent ici dès qu’ils existent sous Programmes par pays.',
      late: 'En retard',
      lateShort: 'retard',
      none: 'Aucun rapport de programme attendu',
      due: 'échéance %{date}',
      status: {
        NOT_STARTED: 'Non commencé',
        DRAFT: 'Brouillon',
        SUBMITTED: 'Soumis',
        RETURNED: 'Renvoyé',
        APPROVED: 'Approuvé',
      },
    },
    empty: {
      noFramework:
        'Il n’y a pas encore de cadre de résultats. Un chargé de gestion des connaissances ou un administrateur le crée sous Cadre de résultats.',
      noQuarter: 'Il n’y a pas encore de trimestres de rapport. Un administrateur les ajoute sous Périodes de rapport.',
      noIndicators:
        'Ce cadre de résultats n’a pas encore d’indicateurs. Ajoutez des résultats et des indicateurs sous Cadre de résultats.',
      noApprovedData:
        'Aucun résultat approuvé pour ce trimestre. Activez « Inclure les rapports soumis », choisissez un autre trimestre ou bureau, ou approuvez les rapports en attente d’examen.',
      noData:
        'Aucun résultat déclaré pour ce trimestre. Choisissez un autre trimestre ou bureau, ou demandez aux bureaux de faire leur rapport.',
      noTrend: 'Pas encore de chiffres pour cet indicateur sur ces trimestres.',
      noOffices: 'Aucun bureau n’a fait rapport sur cette composante pour ce trimestre.',
    },
    errors: {
      options: 'Les cadres et les trimestres n’ont pas pu être chargés',
      progress: 'Les chiffres de progrès n’ont pas pu être chargés',
      trend: 'L’évolution n’a pas pu être chargée',
      offices: 'Les valeurs par bureau n’ont pas pu être chargées',
      compliance: 'Le respect des délais n’a pas pu être chargé',
    },
  },
};

const es: typeof en = {
  dashboard: {
    title: 'Panel',
    loading: 'Cargando…',
    outcome: 'Resultado %{number}',
    outcomes: 'Resultados e indicadores',
    filters: {
      title: 'Qué mostrar',
      framework: 'Marco de resultados',
      quarter: 'Trimestre',
      office: 'Oficina',
      allOffices: 'Todas mis oficinas',
      includeSubmitted: 'Incluir informes presentados (aún no aprobados)',
    },
    myReport: {
      title: 'Mi informe del trimestre',
      body: 'Introduzca los resultados y avances de su oficina para el trimestre en curso y preséntelo para su revisión.',
      action: 'Abrir mi informe',
    },
    summary: {
      title: 'Estado del %{smart_count} componente |||| Estado de los %{smart_count} componentes',
      components: 'Componentes',
    },
    columns: {
      indicator: 'Indicador',
      component: 'Componente',
      progress: 'Base → real → meta',
      achievement: '% de logro',
      status: 'Estado',
      office: 'Oficina',
      actual: 'Real',
      milestone: 'Hito',
      narrative: 'Descripción presentada',
    },
    progress: {
      figures: 'Base %{baseline} · real %{actual} · meta %{target}',
      actual: 'Real',
      expected: 'Previsto a estas alturas',
      legend:
        'La barra va de la línea de base a la meta; su parte llena muestra el valor real, la línea oscura dónde debería estar el componente. Seleccione un indicador para ver su evolución y los valores por oficina.',
      noMilestone: 'Ningún hito notificado',
      reportingOffices: '%{smart_count} oficina informante |||| %{smart_count} oficinas informantes',
      narrativeOffices:
        '%{smart_count} oficina presentó una descripción |||| %{smart_count} oficinas presentaron una descripción',
    },
    detail: {
      trend: '% de logro en el último trimestre |||| % de logro en los últimos %{smart_count} trimestres',
      targetLine: 'Meta (100 %)',
      offices: 'Valores por oficina en este trimestre',
      component: 'Componente %{label}',
      target: 'Meta',
    },
    compliance: {
      title: 'Cumplimiento de los informes',
      programme: 'Programa (oficina, país)',
      empty:
        'No hay informes de programas de país para estos trimestres. Los programas aparecen aquí en cuanto existen en Programas de país.',
      late: 'Con retraso',
      lateShort: 'retraso',
      none: 'No se espera informe del programa',
      due: 'vence el %{date}',
      status: {
        NOT_STARTED: 'No iniciado',
        DRAFT: 'Borrador',
        SUBMITTED: 'Presentado',
        RETURNED: 'Devuelto',
        APPROVED: 'Aprobado',
      },
    },
    empty: {
      noFramework:
        'Todavía no hay marco de resultados. Un responsable de gestión del conocimiento o un administrador lo crea en Marco de resultados.',
      noQuarter: 'Todavía no hay trimestres de informe. Un administrador los añade en Períodos de informe.',
      noIndicators:
        'Este marco de resultados aún no tiene indicadores. Añada resultados e indicadores en Marco de resultados.',
      noApprovedData:
        'Aún no hay resultados aprobados para este trimestre. Active «Incluir informes presentados», elija otro trimestre u oficina, o apruebe los informes pendientes de revisión.',
      noData:
        'Aún no se han notificado resultados para este trimestre. Elija otro trimestre u oficina, o pida a las oficinas que informen.',
      noTrend: 'Aún no hay cifras de este indicador en estos trimestres.',
      noOffices: 'Ninguna oficina ha informado sobre este componente en este trimestre.',
    },
    errors: {
      options: 'No se pudieron cargar los marcos y los trimestres',
      progress: 'No se pudieron cargar las cifras de avance',
      trend: 'No se pudo cargar la evolución',
      offices: 'No se pudieron cargar los valores por oficina',
      compliance: 'No se pudo cargar el cumplimiento de los informes',
    },
  },
};

export const dashboardMessages: Catalogue<typeof en> = { en, fr, es };
