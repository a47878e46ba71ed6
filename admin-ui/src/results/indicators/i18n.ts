import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    Indicator: {
      name: 'Indicator |||| Indicators',
      fields: {
        code: 'Code',
        title: 'Indicator',
        description: 'Description',
        outcomeId: 'Outcome',
        frameworkId: 'Results framework',
        scope: 'Scope',
        measure: 'Measure',
        unit: 'Unit',
        aggregation: 'Adding up results',
        direction: 'Progress means',
        components: 'Parts',
      },
      helper: {
        code: 'Outcome number, a dot, the indicator number: 2.3',
        unit: 'e.g. staff members, %, publications',
        components: 'Each part (i), (ii)... has its own baseline and target; save each part on its own.',
      },
      validation: {
        code: 'Write the outcome number, a dot and the indicator number, e.g. 2.3',
        components: 'An indicator needs at least one part',
      },
      empty: 'No indicator yet: knowledge management staff add them to an outcome.',
    },
    IndicatorComponent: {
      name: 'Part |||| Parts',
      title: 'Part %{label}',
      sameMeasure: 'Same as the indicator',
      fields: {
        label: 'Part',
        position: 'Order',
        measure: 'Own measure',
        effectiveMeasure: 'Measure',
        unit: 'Unit',
        baseline: 'Baseline',
        baselineValue: 'Baseline value',
        baselineDate: 'Baseline date',
        baselineNarrative: 'Baseline (description)',
        target: 'Target',
        targetValue: 'Target value',
        targetNarrative: 'Target (description)',
        targetPeriodId: 'Target period',
        indicatorId: 'Indicator',
      },
      helper: { targetPeriodId: 'Empty: the whole framework' },
      action: { save: 'Save this part', add: 'Add a part' },
    },
    IntermediateTarget: {
      name: 'Intermediate target |||| Intermediate targets',
      fields: { periodId: 'Period', value: 'Value', narrative: 'Description' },
      action: { add: 'Add' },
      empty: 'No intermediate target: progress is expected evenly over the target period.',
    },
  },
};

const fr: typeof en = {
  resources: {
    Indicator: {
      name: 'Indicateur |||| Indicateurs',
      fields: {
        code: 'Code',
        title: 'Indicateur',
        description: 'Description',
        outcomeId: 'Résultat',
        frameworkId: 'Cadre de résultats',
        scope: 'Portée',
        measure: 'Mesure',
        unit: 'Unité',
        aggregation: 'Cumul des résultats',
        direction: 'Le progrès est une',
        components: 'Parties',
      },
      helper: {
        code: "Numéro du résultat, un point, numéro de l'indicateur : 2.3",
        unit: 'par ex. membres du personnel, %, publications',
        components:
          'Chaque partie (i), (ii)... a son niveau de référence et sa cible ; enregistrez chaque partie séparément.',
      },
      validation: {
        code: "Indiquez le numéro du résultat, un point et le numéro de l'indicateur, par ex. 2.3",
        components: 'Un indicateur a au moins une partie',
      },
      empty: "Aucun indicateur pour l'instant : l'équipe de gestion des connaissances les ajoute à un résultat.",
    },
    IndicatorComponent: {
      name: 'Partie |||| Parties',
      title: 'Partie %{label}',
      sameMeasure: "Comme l'indicateur",
      fields: {
        label: 'Partie',
        position: 'Ordre',
        measure: 'Mesure propre',
        effectiveMeasure: 'Mesure',
        unit: 'Unité',
        baseline: 'Niveau de référence',
        baselineValue: 'Valeur de référence',
        baselineDate: 'Date de référence',
        baselineNarrative: 'Niveau de référence (description)',
        target: 'Cible',
        targetValue: 'Valeur cible',
        targetNarrative: 'Cible (description)',
        targetPeriodId: 'Période de la cible',
        indicatorId: 'Indicateur',
      },
      helper: { targetPeriodId: 'Vide : tout le cadre' },
      action: { save: 'Enregistrer cette partie', add: 'Ajouter une partie' },
    },
    IntermediateTarget: {
      name: 'Cible intermédiaire |||| Cibles intermédiaires',
      fields: { periodId: 'Période', value: 'Valeur', narrative: 'Description' },
      action: { add: 'Ajouter' },
      empty: 'Aucune cible intermédiaire : le progrès attendu est réparti sur la période de la cible.',
    },
  },
};

const es: typeof en = {
  resources: {
    Indicator: {
      name: 'Indicador |||| Indicadores',
      fields: {
        code: 'Código',
        title: 'Indicador',
        description: 'Descripción',
        outcomeId: 'Resultado',
        frameworkId: 'Marco de resultados',
        scope: 'Alcance',
        measure: 'Medida',
        unit: 'Unidad',
        aggregation: 'Suma de resultados',
        direction: 'El progreso es un',
        components: 'Partes',
      },
      helper: {
        code: 'Número del resultado, un punto, número del indicador: 2.3',
        unit: 'p. ej. miembros del personal, %, publicaciones',
        components: 'Cada parte (i), (ii)... tiene su línea de base y su meta; guarde cada parte por separado.',
      },
      validation: {
        code: 'Escriba el número del resultado, un punto y el número del indicador, p. ej. 2.3',
        components: 'Un indicador necesita al menos una parte',
      },
      empty: 'Todavía no hay indicadores: el equipo de gestión del conocimiento los añade a un resultado.',
    },
    IndicatorComponent: {
      name: 'Parte |||| Partes',
      title: 'Parte %{label}',
      sameMeasure: 'Igual que el indicador',
      fields: {
        label: 'Parte',
        position: 'Orden',
        measure: 'Medida propia',
        effectiveMeasure: 'Medida',
        unit: 'Unidad',
        baseline: 'Línea de base',
        baselineValue: 'Valor de base',
        baselineDate: 'Fecha de la línea de base',
        baselineNarrative: 'Línea de base (descripción)',
        target: 'Meta',
        targetValue: 'Valor de la meta',
        targetNarrative: 'Meta (descripción)',
        targetPeriodId: 'Período de la meta',
        indicatorId: 'Indicador',
      },
      helper: { targetPeriodId: 'Vacío: todo el marco' },
      action: { save: 'Guardar esta parte', add: 'Añadir una parte' },
    },
    IntermediateTarget: {
      name: 'Meta intermedia |||| Metas intermedias',
      fields: { periodId: 'Período', value: 'Valor', narrative: 'Descripción' },
      action: { add: 'Añadir' },
      empty: 'Sin metas intermedias: se espera un progreso uniforme a lo largo del período de la meta.',
    },
  },
};

export const indicatorMessages: Catalogue<typeof en> = { en, fr, es };
