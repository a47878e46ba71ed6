import type englishMessages from 'ra-language-english';
import raFrench from 'ra-language-french';
import { mergeMessages } from './catalogue';

// ra-language-french trails ra-language-english by a release at times. Keys English has and French
// lacks are added here in French, and a few wordings are brought in line with the rest of the app.
const additions = {
  ra: {
    // English leaves this blank; a dash reads as "not set" and keeps the catalogue free of empty strings.
    boolean: { null: '—' },
    action: {
      edit: 'Modifier',
      update: 'Mettre à jour',
    },
    message: {
      about: 'À propos',
      are_you_sure: 'Êtes-vous sûr(e) ?',
      invalid_form: "Le formulaire n'est pas valide. Veuillez vérifier les erreurs",
      loading: 'Veuillez patienter',
    },
    auth: {
      email: 'Courriel',
    },
    validation: {
      oneOf: 'Doit être au choix : %{options}',
      regex: 'Doit respecter un format spécifique (expression régulière) : %{pattern}',
    },
    saved_queries: {
      remove_label_with_name: 'Retirer « %{name} » de mes requêtes',
      remove_message: 'Êtes-vous sûr(e) de vouloir supprimer cette requête de votre liste de requêtes ?',
    },
  },
};

export const frenchMessages: typeof englishMessages = mergeMessages(
  raFrench as Record<string, unknown>,
  additions,
) as typeof englishMessages;
