// The report form's autosave: held fields, the values kept in this browser, the question before leaving.
export const autosaveEn = {
  reports: {
    form: { row: '(whole entry)' },
    errors: { links: 'Each line must be a web address starting with http:// or https://' },
    draft: {
      restored:
        'Restored %{smart_count} unsaved change kept in this browser (%{time}). |||| Restored %{smart_count} unsaved changes kept in this browser (%{time}).',
      stale:
        'The report was saved elsewhere after they were kept: they are shown but not saved until you keep them (they would replace what is saved) or discard them.',
      staleField: 'Restored from this browser, not saved: the report changed since. Keep or discard above.',
      keep: 'Keep my changes',
      discard: 'Discard them',
    },
    leave: {
      title: 'Leave with unsaved changes?',
      content:
        'Some changes are not saved on the server yet (fields with an error, or a save that failed). They stay in this browser and are restored when you come back.',
      confirm: 'Leave',
      stay: 'Stay on the report',
    },
    save: {
      savedExcept:
        'Saved at %{time}, except %{smart_count} field kept in this browser, not saved: %{fields} (correct it below) |||| Saved at %{time}, except %{smart_count} fields kept in this browser, not saved: %{fields} (correct them below)',
      notSavedFields:
        'Not saved, kept in this browser: %{fields} (correct it below) |||| Not saved, kept in this browser: %{fields} (correct them below)',
    },
  },
};
