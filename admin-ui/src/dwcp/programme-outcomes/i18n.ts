import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    ProgrammeOutcome: {
      name: 'Programme outcome |||| Programme outcomes',
      fields: {
        programmeId: 'Country programme',
        code: 'Code',
        title: 'Title',
        description: 'Description',
        frameworkOutcomeIds: 'Framework outcomes',
        q: 'Search',
      },
      helpers: {
        code: 'Country code and number, e.g. BGD101',
        frameworkOutcomeIds: 'The results-framework outcomes this outcome contributes to',
      },
      outcome_number: 'Outcome %{number}',
      empty: 'No programme outcome yet.',
      invite: 'Add the outcomes of a country programme, and link each to the framework outcomes it serves.',
      ask: 'Programme outcomes appear here once programme officers enter them.',
    },
  },
};

const fr: typeof en = {
  resources: {
    ProgrammeOutcome: {
      name: 'Résultat du programme |||| Résultats des programmes',
      fields: {
        programmeId: 'Programme par pays',
        code: 'Code',
        title: 'Titre',
        description: 'Description',
        frameworkOutcomeIds: 'Résultats du cadre',
        q: 'Rechercher',
      },
      helpers: {
        code: 'Code pays et numéro, par ex. BGD101',
        frameworkOutcomeIds: 'Les résultats du cadre de résultats auxquels ce résultat contribue',
      },
      outcome_number: 'Résultat %{number}',
      empty: 'Aucun résultat de programme pour le moment.',
      invite: 'Ajoutez les résultats d’un programme par pays et reliez chacun aux résultats du cadre qu’il sert.',
      ask: 'Les résultats des programmes s’affichent ici dès que les chargés de programme les saisissent.',
    },
  },
};

const es: typeof en = {
  resources: {
    ProgrammeOutcome: {
      name: 'Resultado del programa |||| Resultados de los programas',
      fields: {
        programmeId: 'Programa de país',
        code: 'Código',
        title: 'Título',
        description: 'Descripción',
        frameworkOutcomeIds: 'Resultados del marco',
        q: 'Buscar',
      },
      helpers: {
        code: 'Código de país y número, p. ej. BGD101',
        frameworkOutcomeIds: 'Los resultados del marco de resultados a los que contribuye este resultado',
      },
      outcome_number: 'Resultado %{number}',
      empty: 'Todavía no hay resultados de programas.',
      invite:
        'Añada los resultados de un programa de país y vincule cada uno con los resultados del marco a los que sirve.',
      ask: 'Los resultados de los programas aparecen aquí cuando los oficiales de programas los registran.',
    },
  },
};

export const programmeOutcomeMessages: Catalogue<typeof en> = { en, fr, es };
