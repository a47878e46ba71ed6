import type { Translation } from '../../app/i18n/catalogue';
import type { autosaveEn } from './autosave-en';

// The report form's autosave: held fields, the values kept in this browser, the question before leaving.
export const autosaveFr: Translation<typeof autosaveEn> = {
  reports: {
    form: { row: '(saisie entière)' },
    errors: { links: 'Chaque ligne doit être une adresse web commençant par http:// ou https://' },
    draft: {
      restored:
        'Modification non enregistrée restaurée depuis ce navigateur (%{time}). |||| %{smart_count} modifications non enregistrées restaurées depuis ce navigateur (%{time}).',
      stale:
        'Le rapport a été enregistré ailleurs depuis : elles sont affichées mais ne seront enregistrées que si vous les gardez (elles remplaceraient ce qui est enregistré) ; sinon, abandonnez-les.',
      staleField:
        'Restauré depuis ce navigateur, non enregistré : le rapport a changé depuis. Gardez ou abandonnez ci-dessus.',
      keep: 'Garder mes modifications',
      discard: 'Les abandonner',
    },
    leave: {
      title: 'Quitter avec des modifications non enregistrées ?',
      content:
        'Certaines modifications ne sont pas encore enregistrées sur le serveur (champs en erreur, ou enregistrement échoué). Elles restent dans ce navigateur et seront restaurées à votre retour.',
      confirm: 'Quitter',
      stay: 'Rester sur le rapport',
    },
    save: {
      savedExcept:
        'Enregistré à %{time}, sauf %{smart_count} champ gardé dans ce navigateur, non enregistré : %{fields} (corrigez-le ci-dessous) |||| Enregistré à %{time}, sauf %{smart_count} champs gardés dans ce navigateur, non enregistrés : %{fields} (corrigez-les ci-dessous)',
      notSavedFields:
        'Non enregistré, gardé dans ce navigateur : %{fields} (corrigez-le ci-dessous) |||| Non enregistrés, gardés dans ce navigateur : %{fields} (corrigez-les ci-dessous)',
    },
  },
};
