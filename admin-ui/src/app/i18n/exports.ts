import type { Catalogue } from './catalogue';

const en = {
  exports: {
    kmUpdate: 'Download the KM update (.xlsx)',
    trackingTable: 'Download the tracking table (.xlsx)',
    preparing: 'Preparing the workbook',
    received: '%{size} KB received',
    done: '%{file} downloaded',
    failed: 'The download failed: %{reason}',
  },
};

const fr: typeof en = {
  exports: {
    kmUpdate: 'Télécharger le bulletin de gestion des connaissances (.xlsx)',
    trackingTable: 'Télécharger le tableau de suivi des indicateurs (.xlsx)',
    preparing: 'Préparation du classeur',
    received: '%{size} Ko reçus',
    done: '%{file} téléchargé',
    failed: 'Le téléchargement a échoué : %{reason}',
  },
};

const es: typeof en = {
  exports: {
    kmUpdate: 'Descargar el boletín de gestión del conocimiento (.xlsx)',
    trackingTable: 'Descargar la tabla de seguimiento de indicadores (.xlsx)',
    preparing: 'Preparando el libro',
    received: '%{size} KB recibidos',
    done: '%{file} descargado',
    failed: 'La descarga falló: %{reason}',
  },
};

export const exportMessages: Catalogue<typeof en> = { en, fr, es };
