import englishMessages from 'ra-language-english';

// react-admin's own Spanish messages are not published for version 5: its interface strings fall
// back to English until issue 5 adds a full Spanish catalogue. The application's strings are here.
export const es = {
  ...englishMessages,
  app: { title: 'Seguimiento de resultados de la ROAP' },
  resources: {
    Office: {
      name: 'Oficina |||| Oficinas',
      fields: { code: 'Código', name: 'Nombre', type: 'Tipo', parentId: 'Depende de', countries: 'Países' },
      empty: 'Todavía no hay oficinas: un administrador las agrega.',
    },
    Indicator: {
      name: 'Indicador |||| Indicadores',
      fields: {
        code: 'Código',
        title: 'Indicador',
        scope: 'Alcance',
        measure: 'Medida',
        unit: 'Unidad',
        components: 'Partes',
      },
      empty: 'Todavía no hay indicadores: el equipo de gestión del conocimiento los agrega.',
    },
  },
};
