import { loadSuite } from '#test/utils/suite.js';

// What differs on the embedded database (one connection, PGlite's own build of PostgreSQL): the
// files tagged `// @embedded: <why>`, from every domain. The full suite runs on a PostgreSQL server.
await loadSuite(['platform', 'common', 'results', 'dwcp', 'km', 'exports', 'datasets'], { embeddedOnly: true });
