import type { Translation } from '../../app/i18n/catalogue';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  resources: {
    ResultsFramework: {
      name: 'Cadre de résultats |||| Cadres de résultats',
      fields: {
        title: 'Titre',
        description: 'Description',
        startDate: 'Début',
        endDate: 'Fin',
        publishedAt: 'Visibilité',
        outcomes: 'Résultats',
      },
      unpublished: 'Personnel du BIT uniquement',
      publishedOn: 'Publié le %{date}',
      validation: { endDate: 'Doit être postérieure à la date de début' },
      action: { publish: 'Publier', unpublish: 'Retirer la publication' },
      notifications: {
        publishResultsFramework: 'Cadre publié : les lecteurs peuvent désormais le consulter',
        unpublishResultsFramework: 'Publication retirée : seul le personnel du BIT peut le consulter',
      },
      empty:
        "Aucun cadre de résultats pour l'instant : l'équipe de gestion des connaissances en crée un, puis y ajoute ses résultats.",
    },
    Outcome: {
      name: 'Résultat |||| Résultats',
      fields: {
        frameworkId: 'Cadre de résultats',
        number: 'N°',
        title: 'Résultat',
        description: 'Description',
        indicators: 'Indicateurs',
      },
      empty:
        "Aucun résultat pour l'instant : l'équipe de gestion des connaissances les ajoute à un cadre de résultats.",
    },
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
  exports: { trackingTable: 'Télécharger le tableau de suivi des indicateurs (.xlsx)' },
};
