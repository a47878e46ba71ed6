// Where the operations tests find the API's files: the one place to update when api/src moves.
// The built entry points are read from the npm scripts that run them (`<build> && node <file>.js`),
// so that a move which updates package.json needs nothing here. The runner builds the API once
// (run-ops-tests.mjs) and the tests run `node <file>` of the script: running the script itself
// would rebuild api/dist while APIs of other tests start from it.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { ROOT } from '../../support/app-process.mjs';

/** Sources the Docker checks read (docker-files.ops.mjs); `builtFrom` maps built files back to them. */
export const API_SOURCES = {
  environment: 'api/src/platform/config/env.validation.ts',
  appSetup: 'api/src/app.setup.ts',
  root: 'api/src',
  built: 'api/dist',
};

/** The .ts source a built api/dist/**.js file is compiled from (undefined for any other path). */
export function builtFrom(path) {
  const prefix = `${API_SOURCES.built}/`;
  if (!path.startsWith(prefix) || !path.endsWith('.js')) return undefined;
  return `${API_SOURCES.root}/${path.slice(prefix.length, -'.js'.length)}.ts`;
}

/** The built file an api/src/**.ts source compiles to. */
export const builtOf = (source) =>
  `${API_SOURCES.built}/${source.slice(API_SOURCES.root.length + 1, -'.ts'.length)}.js`;

/**
 * The file (relative to the repository root) that `npm run <script>` runs with node, in the root
 * package.json or in the workspace `workspace`.
 */
export function scriptFile(script, workspace = '.') {
  const { scripts = {} } = JSON.parse(readFileSync(posix.join(ROOT, workspace, 'package.json'), 'utf8'));
  const match = /(?:^|&&)\s*node\s+(\S+\.js)\s*$/.exec(scripts[script] ?? '');
  if (!match) throw new Error(`npm script ${script} of ${workspace} is not "… && node <file>.js": ${scripts[script]}`);
  return posix.normalize(posix.join(workspace, match[1]));
}

/** node <API_MAIN> is the API (`npm start`). */
export const apiMain = () => scriptFile('start');

/** The command-line tools, by the npm script that runs each. */
export const CLI_SCRIPTS = {
  backup: ['db:backup'],
  restore: ['db:restore'],
  createAdmin: ['user:create-admin'],
  migrate: ['db:migrate', 'api'],
};

export const cliFile = (name) => scriptFile(...CLI_SCRIPTS[name]);
