import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    IndicatorResult: {
      name: 'Result entry |||| Result entries',
      fields: {
        frameworkId: 'Results framework',
        indicatorId: 'Indicator',
        componentId: 'Indicator part',
        officeId: 'Office',
        periodId: 'Period',
        result: 'Result',
        value: 'Value',
        milestoneStatus: 'Milestone status',
        narrative: 'Narrative',
        disaggregations: 'Disaggregation',
        dimension: 'Dimension',
        category: 'Category',
        evidenceLinks: 'Evidence (links)',
        createdAt: 'Entered',
        updatedAt: 'Last changed',
      },
      helper: {
        componentId: 'Choose the indicator first',
        percent: 'A percentage, e.g. 45 for 45%',
        disaggregations: 'e.g. dimension "sex", category "women"',
        evidenceLinks: 'Web addresses (https://...); press Enter after each',
      },
      validation: { evidenceLinks: 'Each link is a web address starting with http:// or https://' },
      empty:
        'No result entered yet: results come with progress reports, or knowledge management staff enter them here.',
    },
  },
};

const fr: typeof en = {
  resources: {
    IndicatorResult: {
      name: 'Saisie de résultat |||| Saisies de résultats',
      fields: {
        frameworkId: 'Cadre de résultats',
        indicatorId: 'Indicateur',
        componentId: "Partie de l'indicateur",
        officeId: 'Bureau',
        periodId: 'Période',
        result: 'Résultat obtenu',
        value: 'Valeur',
        milestoneStatus: "État de l'étape",
        narrative: 'Description',
        disaggregations: 'Ventilation',
        dimension: 'Dimension',
        category: 'Catégorie',
        evidenceLinks: 'Justificatifs (liens)',
        createdAt: 'Saisi le',
        updatedAt: 'Dernière modification',
      },
      helper: {
        componentId: "Choisissez d'abord l'indicateur",
        percent: 'Un pourcentage, par ex. 45 pour 45 %',
        disaggregations: 'par ex. dimension « sexe », catégorie « femmes »',
        evidenceLinks: 'Adresses web (https://...) ; appuyez sur Entrée après chacune',
      },
      validation: { evidenceLinks: 'Chaque lien est une adresse web commençant par http:// ou https://' },
      empty:
        "Aucun résultat saisi pour l'instant : ils arrivent avec les rapports d'avancement, ou l'équipe de gestion des connaissances les saisit ici.",
    },
  },
};

const es: typeof en = {
  resources: {
    IndicatorResult: {
      name: 'Registro de resultado |||| Registros de resultados',
      fields: {
        frameworkId: 'Marco de resultados',
        indicatorId: 'Indicador',
        componentId: 'Parte del indicador',
        officeId: 'Oficina',
        periodId: 'Período',
        result: 'Resultado obtenido',
        value: 'Valor',
        milestoneStatus: 'Estado del hito',
        narrative: 'Descripción',
        disaggregations: 'Desglose',
        dimension: 'Dimensión',
        category: 'Categoría',
        evidenceLinks: 'Pruebas (enlaces)',
        createdAt: 'Registrado el',
        updatedAt: 'Última modificación',
      },
      helper: {
        componentId: 'Elija primero el indicador',
        percent: 'Un porcentaje, p. ej. 45 para 45 %',
        disaggregations: 'p. ej. dimensión «sexo», categoría «mujeres»',
        evidenceLinks: 'Direcciones web (https://...); pulse Intro después de cada una',
      },
      validation: { evidenceLinks: 'Cada enlace es una dirección web que empieza por http:// o https://' },
      empty:
        'Todavía no hay resultados registrados: llegan con los informes de progreso, o el equipo de gestión del conocimiento los registra aquí.',
    },
  },
};

export const indicatorResultMessages: Catalogue<typeof en> = { en, fr, es };
