import type { Translation } from '../../app/i18n/catalogue';
import type { autosaveEn } from './autosave-en';

// The report form's autosave: held fields, the values kept in this browser, the question before leaving.
export const autosaveEs: Translation<typeof autosaveEn> = {
  reports: {
    form: { row: '(entrada completa)' },
    errors: { links: 'Cada línea debe ser una dirección web que empiece por http:// o https://' },
    draft: {
      restored:
        'Se restauró %{smart_count} cambio sin guardar conservado en este navegador (%{time}). |||| Se restauraron %{smart_count} cambios sin guardar conservados en este navegador (%{time}).',
      stale:
        'El informe se guardó en otro lugar después: se muestran, pero no se guardan hasta que los conserve (reemplazarían lo guardado) o los descarte.',
      staleField:
        'Restaurado desde este navegador, sin guardar: el informe cambió desde entonces. Consérvelo o descártelo arriba.',
      keep: 'Conservar mis cambios',
      discard: 'Descartarlos',
    },
    leave: {
      title: '¿Salir con cambios sin guardar?',
      content:
        'Algunos cambios aún no están guardados en el servidor (campos con error o un guardado fallido). Quedan en este navegador y se restaurarán cuando vuelva.',
      confirm: 'Salir',
      stay: 'Quedarse en el informe',
    },
    save: {
      savedExcept:
        'Guardado a las %{time}, salvo %{smart_count} campo conservado en este navegador, sin guardar: %{fields} (corríjalo abajo) |||| Guardado a las %{time}, salvo %{smart_count} campos conservados en este navegador, sin guardar: %{fields} (corríjalos abajo)',
      notSavedFields:
        'Sin guardar, conservado en este navegador: %{fields} (corríjalo abajo) |||| Sin guardar, conservados en este navegador: %{fields} (corríjalos abajo)',
    },
  },
};
