import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  resources: {
    KmMilestone: {
      name: 'KM milestone |||| KM milestones',
      fields: {
        officeId: 'Office',
        title: 'Title',
        description: 'Description',
        startDate: 'Date',
        endDate: 'End date',
        dates: 'Dates',
        link: 'Link',
        communityId: 'Community of practice',
        componentId: 'Indicator component',
        startDate_gte: 'From',
        startDate_lte: 'Until',
        q: 'Search',
      },
      helpers: {
        description: 'As it reads in the quarterly update',
        endDate: 'Leave empty for a single day',
        communityId: 'A community of practice of the office, if it concerns one',
        componentId: 'The framework indicator component it contributes to, if any',
      },
      errors: { endDate: 'Must not be before the start date' },
      empty:
        'No knowledge-management milestone yet. Record achievements as they happen; each quarterly update lists those of its quarter.',
    },
  },
};

const fr: typeof en = {
  resources: {
    KmMilestone: {
      name: 'Étape GC |||| Étapes GC',
      fields: {
        officeId: 'Bureau',
        title: 'Titre',
        description: 'Description',
        startDate: 'Date',
        endDate: 'Date de fin',
        dates: 'Dates',
        link: 'Lien',
        communityId: 'Communauté de pratique',
        componentId: 'Composante d’indicateur',
        startDate_gte: 'Depuis le',
        startDate_lte: 'Jusqu’au',
        q: 'Rechercher',
      },
      helpers: {
        description: 'Telle qu’elle figure dans la mise à jour trimestrielle',
        endDate: 'Laisser vide pour un seul jour',
        communityId: 'Une communauté de pratique du bureau, si elle en concerne une',
        componentId: 'La composante d’indicateur du cadre à laquelle elle contribue, le cas échéant',
      },
      errors: { endDate: 'Ne doit pas précéder la date de début' },
      empty:
        'Aucune étape de gestion des connaissances pour le moment. Notez les réalisations au fil de l’eau ; chaque mise à jour trimestrielle reprend celles de son trimestre.',
    },
  },
};

const es: typeof en = {
  resources: {
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
        startDate_gte: 'Desde',
        startDate_lte: 'Hasta',
        q: 'Buscar',
      },
      helpers: {
        description: 'Tal como figura en la actualización trimestral',
        endDate: 'Dejar vacío para un solo día',
        communityId: 'Una comunidad de práctica de la oficina, si se refiere a una',
        componentId: 'El componente de indicador del marco al que contribuye, si lo hay',
      },
      errors: { endDate: 'No puede ser anterior a la fecha de inicio' },
      empty:
        'Todavía no hay hitos de gestión del conocimiento. Registre los logros a medida que ocurren; cada actualización trimestral recoge los de su trimestre.',
    },
  },
};

export const kmMilestoneMessages: Catalogue<typeof en> = { en, fr, es };
