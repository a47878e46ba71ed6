import type { Catalogue } from '../../app/i18n/catalogue';

const en = {
  reportTemplates: {
    title: 'Work offline',
    explanation:
      'Download the template, fill it in Excel without a connection, then upload it: everything is checked and saved as your draft, or nothing is.',
    download: 'Download the template (.xlsx)',
    upload: {
      button: 'Upload the filled template',
      input: 'Filled report template (.xlsx)',
      sending: 'Sending the workbook: %{percent}%',
      sendingLabel: 'Upload progress',
      checking: 'Checking and saving…',
      saved: 'Saved as your draft: %{lines} and %{results}.',
      lineCount: '1 activity line |||| %{smart_count} activity lines',
      resultCount: '1 result |||| %{smart_count} results',
      failed: 'The upload failed: %{reason}',
    },
    problems: {
      title: 'Nothing was saved',
      caption: 'Cells to correct',
      summary:
        'The workbook has 1 cell to correct; correct it and upload the workbook again. |||| The workbook has %{smart_count} cells to correct; correct them and upload the workbook again.',
      sheet: 'Sheet',
      row: 'Row',
      column: 'Column',
      problem: 'Problem',
      more: 'and %{smart_count} more problem |||| and %{smart_count} more problems',
      downloadMarked: 'Download the workbook with the errors marked',
    },
  },
};

const fr: typeof en = {
  reportTemplates: {
    title: 'Travailler hors ligne',
    explanation:
      'Téléchargez le modèle, remplissez-le dans Excel sans connexion, puis déposez-le : tout est vérifié et enregistré comme brouillon, ou rien ne l’est.',
    download: 'Télécharger le modèle (.xlsx)',
    upload: {
      button: 'Déposer le modèle rempli',
      input: 'Modèle de rapport rempli (.xlsx)',
      sending: 'Envoi du classeur : %{percent} %',
      sendingLabel: 'Progression de l’envoi',
      checking: 'Vérification et enregistrement…',
      saved: 'Enregistré comme brouillon : %{lines} et %{results}.',
      lineCount: '1 ligne d’activité |||| %{smart_count} lignes d’activité',
      resultCount: '1 résultat |||| %{smart_count} résultats',
      failed: 'L’envoi a échoué : %{reason}',
    },
    problems: {
      title: 'Rien n’a été enregistré',
      caption: 'Cellules à corriger',
      summary:
        'Le classeur a 1 cellule à corriger ; corrigez-la puis déposez à nouveau le classeur. |||| Le classeur a %{smart_count} cellules à corriger ; corrigez-les puis déposez à nouveau le classeur.',
      sheet: 'Feuille',
      row: 'Ligne',
      column: 'Colonne',
      problem: 'Problème',
      more: 'et %{smart_count} autre problème |||| et %{smart_count} autres problèmes',
      downloadMarked: 'Télécharger le classeur avec les erreurs signalées',
    },
  },
};

const es: typeof en = {
  reportTemplates: {
    title: 'Trabajar sin conexión',
    explanation:
      'Descargue la plantilla, complétela en Excel sin conexión y luego súbala: todo se verifica y se guarda como su borrador, o no se guarda nada.',
    download: 'Descargar la plantilla (.xlsx)',
    upload: {
      button: 'Subir la plantilla completada',
      input: 'Plantilla de informe completada (.xlsx)',
      sending: 'Enviando el libro: %{percent} %',
      sendingLabel: 'Progreso del envío',
      checking: 'Verificando y guardando…',
      saved: 'Guardado como su borrador: %{lines} y %{results}.',
      lineCount: '1 línea de actividad |||| %{smart_count} líneas de actividad',
      resultCount: '1 resultado |||| %{smart_count} resultados',
      failed: 'El envío falló: %{reason}',
    },
    problems: {
      title: 'No se guardó nada',
      caption: 'Celdas que corregir',
      summary:
        'El libro tiene 1 celda que corregir; corríjala y vuelva a subir el libro. |||| El libro tiene %{smart_count} celdas que corregir; corríjalas y vuelva a subir el libro.',
      sheet: 'Hoja',
      row: 'Fila',
      column: 'Columna',
      problem: 'Problema',
      more: 'y %{smart_count} problema más |||| y %{smart_count} problemas más',
      downloadMarked: 'Descargar el libro con los errores señalados',
    },
  },
};

export const reportTemplateMessages: Catalogue<typeof en> = { en, fr, es };
