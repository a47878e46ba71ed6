// docker/: no Docker engine runs these tests, so they check what a build and `docker compose up`
// rely on: the files and scripts the Dockerfile and compose file name exist where they look.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/app-process.mjs';
import { API_SOURCES, builtFrom, builtOf } from './support/api-files.mjs';

const DOCKER = join(ROOT, 'docker');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const rootPackage = JSON.parse(read('package.json'));

function fail(message) {
  throw new Error(message);
}

/** Instructions with continuation lines joined, comments and blank lines dropped. */
function instructions(text) {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  const joined = lines.join('\n').replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [, keyword, rest] = /^(\S+)\s*(.*)$/.exec(line);
      return { keyword: keyword.toUpperCase(), args: rest };
    });
}

/** The stages of the Dockerfile: what each copies, runs and holds (image paths), and where. */
function parseDockerfile() {
  const stages = [];
  let stage;
  for (const { keyword, args } of instructions(readFileSync(join(DOCKER, 'Dockerfile'), 'utf8'))) {
    if (keyword === 'FROM') {
      const [, base, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      const parent = stages.find((s) => s.name === base);
      stage = { name, workdir: parent?.workdir ?? '/', copies: [], runs: [], env: { ...parent?.env } };
      stage.files = new Set(parent?.files ?? []);
      stages.push(stage);
    } else if (!stage)
      continue; // ARG before the first FROM
    else if (keyword === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, args);
    else if (keyword === 'ENV') {
      for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) stage.env[key] = value;
    } else if (keyword === 'RUN') stage.runs.push(args);
    else if (keyword === 'COPY') {
      const from = /--from=(\S+)/.exec(args)?.[1];
      const paths = args.replace(/--\S+/g, '').trim().split(/\s+/);
      const rawTarget = paths.pop();
      const target = posix.resolve(stage.workdir, rawTarget);
      stage.copies.push({ from, sources: paths });
      for (const source of paths)
        stage.files.add(landing(source, target, from || paths.length > 1 || rawTarget.endsWith('/')));
    } else stage[keyword.toLowerCase()] = [...(stage[keyword.toLowerCase()] ?? []), args];
  }
  return stages;
}

/** Where a COPY source lands: a directory's content at the target, a file into it or as it. */
function landing(source, target, intoDirectory) {
  const isDirectory =
    source.endsWith('/') || (existsSync(join(ROOT, source)) && statSync(join(ROOT, source)).isDirectory());
  if (isDirectory) return target;
  return intoDirectory && !source.startsWith('/') ? posix.join(target, posix.basename(source)) : target;
}

/** node_modules and dist are built inside the image; everything else must come from the context. */
function inContext(source) {
  return existsSync(join(ROOT, source));
}

const execForm = (args) => JSON.parse(args);

/** Whether the runtime image holds `path` (relative to its WORKDIR) under one of its copies. */
function imageHolds(stage, path) {
  const absolute = posix.resolve(stage.workdir, path);
  return [...stage.files].some((file) => absolute === file || absolute.startsWith(`${file.replace(/\/$/, '')}/`));
}

const compose = () => parse(readFileSync(join(DOCKER, 'docker-compose.yml'), 'utf8'), { merge: true });

/** Every variable declared in EnvironmentVariables (env.validation.ts). */
function apiVariables() {
  const source = read(API_SOURCES.environment);
  const body =
    /export class EnvironmentVariables \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? fail('no EnvironmentVariables');
  const names = [...body.matchAll(/^\s{2}([A-Z][A-Z0-9_]*)\??\s*[:=]/gm)].map((match) => match[1]);
  if (names.length < 10) fail(`only ${names.length} variables found in env.validation.ts: ${names}`);
  return names;
}

/** NAME=value lines of .env.example, commented-out defaults included. */
function exampleVariables() {
  const text = readFileSync(join(DOCKER, '.env.example'), 'utf8');
  return new Map([...text.matchAll(/^#?\s?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, name, value]) => [name, value]));
}

export default [
  {
    name: 'Dockerfile: every COPY source exists in the build context (the repository root)',
    run: () => {
      const missing = parseDockerfile()
        .flatMap((stage) => stage.copies.filter((copy) => !copy.from).flatMap((copy) => copy.sources))
        .filter((source) => !inContext(source));
      if (missing.length) fail(`not in the repository: ${missing.join(', ')}`);
    },
  },
  {
    name: 'Dockerfile: COPY --from names an earlier stage and a path that stage builds',
    run: () => {
      const stages = parseDockerfile();
      const built = { '/app/api/dist': 'api', '/app/admin-ui/dist': 'admin-ui' };
      for (const stage of stages) {
        for (const copy of stage.copies.filter((c) => c.from)) {
          const from = stages.find((s) => s.name === copy.from) ?? fail(`no stage named ${copy.from}`);
          if (stages.indexOf(from) >= stages.indexOf(stage)) fail(`${copy.from} comes after ${stage.name}`);
          for (const source of copy.sources) {
            const project = built[source] ?? fail(`${source} is not a build output the test knows`);
            const script = JSON.parse(read(`${project}/package.json`)).scripts?.build ?? '';
            if (!/-d dist\b|vite build/.test(script)) fail(`${project}'s build does not write ${project}/dist`);
            if (!from.runs.some((run) => /npm run build\b/.test(run))) fail(`${copy.from} does not run the build`);
            if (!imageHolds(from, `${project}/package.json`)) fail(`${copy.from} has no ${project}/ to build`);
          }
        }
      }
    },
  },
  {
    name: 'Dockerfile: npm ci runs on the lockfile and every workspace manifest; npm run scripts exist',
    run: () => {
      for (const stage of parseDockerfile()) {
        for (const run of stage.runs) {
          if (/\bnpm ci\b/.test(run)) {
            for (const file of [
              'package.json',
              'package-lock.json',
              ...rootPackage.workspaces.map((w) => `${w}/package.json`),
            ]) {
              if (!imageHolds(stage, file)) fail(`${stage.name} runs npm ci without ${file}`);
            }
            const workspace = /--workspace=(\S+)/.exec(run)?.[1];
            if (workspace && !rootPackage.workspaces.includes(workspace)) fail(`no workspace ${workspace}`);
          }
          for (const [, script] of run.matchAll(/npm run (\S+)/g)) {
            if (!rootPackage.scripts[script]) fail(`${stage.name} runs npm run ${script}, not in package.json`);
          }
        }
      }
    },
  },
  {
    name: 'Dockerfile: the runtime stage runs api/dist/main.js as a non-root user on 0.0.0.0:3000 in production',
    run: () => {
      const runtime = parseDockerfile().at(-1);
      const command = execForm(runtime.cmd.at(-1));
      if (command[0] !== 'node') fail(`CMD is ${command}`);
      const script = command[1];
      if (!existsSync(join(ROOT, builtFrom(script) ?? script))) fail(`${script} is built from nothing`);
      if (!imageHolds(runtime, script)) fail(`the runtime image does not contain ${script}`);
      if (runtime.user?.at(-1) !== 'node') fail(`USER is ${runtime.user}`);
      const { NODE_ENV, HOST, PORT } = runtime.env;
      if (NODE_ENV !== 'production' || HOST !== '0.0.0.0') fail(`ENV NODE_ENV=${NODE_ENV} HOST=${HOST}`);
      if (runtime.expose?.at(-1) !== PORT) fail(`EXPOSE ${runtime.expose} but PORT=${PORT}`);
    },
  },
  {
    name: 'Dockerfile: the UI sits where app.setup.ts serves it from, beside api/',
    run: () => {
      const setup = read(API_SOURCES.appSetup);
      const served = /new URL\('([^']+admin-ui\/dist)', import\.meta\.url\)/.exec(setup)?.[1];
      if (!served) fail('app.setup.ts no longer serves admin-ui/dist as the test expects');
      const runtime = parseDockerfile().at(-1);
      const expected = posix.resolve(posix.dirname(posix.join(runtime.workdir, builtOf(API_SOURCES.appSetup))), served);
      if (![...runtime.files].includes(expected)) fail(`the runtime image has no ${expected}`);
    },
  },
  {
    name: 'Dockerfile: HEALTHCHECK calls /health/ready with node (no curl in slim images), a route the API has',
    run: () => {
      const check = parseDockerfile().at(-1).healthcheck?.at(-1) ?? fail('no HEALTHCHECK');
      const command = execForm(check.slice(check.indexOf('CMD') + 3).trim());
      if (command[0] !== 'node' || !command.join(' ').includes('/health/ready')) fail(`HEALTHCHECK ${check}`);
      const routes = readdirSync(join(ROOT, API_SOURCES.root), { recursive: true })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(join(ROOT, API_SOURCES.root, file), 'utf8'));
      const servesReady = (text) =>
        /@Get\('health\/ready'\)/.test(text) || (/@Controller\('health'\)/.test(text) && /@Get\('ready'\)/.test(text));
      if (!routes.some(servesReady)) fail(`no GET /health/ready in ${API_SOURCES.root}`);
    },
  },
  {
    name: 'Dockerfile.dockerignore keeps modules, builds, local data and secrets out of the context',
    run: () => {
      const patterns = readFileSync(join(DOCKER, 'Dockerfile.dockerignore'), 'utf8').split('\n');
      for (const needed of ['**/node_modules', '**/dist', '**/.env', 'data', 'backups', '.git']) {
        if (!patterns.includes(needed)) fail(`Dockerfile.dockerignore lacks ${needed}`);
      }
    },
  },
  {
    name: 'compose: the build context is the repository root and its Dockerfile exists',
    run: () => {
      for (const [name, service] of Object.entries(compose().services).filter(([, s]) => s.build)) {
        if (resolve(DOCKER, service.build.context) !== resolve(ROOT))
          fail(`${name} builds from ${service.build.context}`);
        if (!existsSync(join(ROOT, service.build.dockerfile))) fail(`${name}: no ${service.build.dockerfile}`);
      }
    },
  },
  {
    name: 'compose: env files have an example beside them, and the real ones are ignored by git',
    run: () => {
      for (const service of Object.values(compose().services)) {
        for (const file of [service.env_file ?? []].flat()) {
          if (!existsSync(join(DOCKER, `${file}.example`))) fail(`no ${file}.example beside ${file}`);
          execFileSync('git', ['check-ignore', '-q', join('docker', file)], { cwd: ROOT });
        }
      }
    },
  },
  {
    name: 'compose: commands run files the image contains',
    run: () => {
      const runtime = parseDockerfile().at(-1);
      const commands = Object.entries(compose().services).filter(([, s]) => s.build && s.command);
      if (commands.length === 0) fail('no service runs a command of the image (the migrate service)');
      for (const [name, service] of commands) {
        const [program, script] = service.command;
        if (program !== 'node') fail(`${name} runs ${program}`);
        if (!existsSync(join(ROOT, builtFrom(script) ?? script))) fail(`${name}: ${script} is built from nothing`);
        if (!imageHolds(runtime, script)) fail(`${name}: the image does not contain ${script}`);
      }
    },
  },
  {
    name: 'compose: the app waits for a healthy postgres and a finished migrate, and does not migrate itself',
    run: () => {
      const { services, volumes } = compose();
      const { app, migrate, postgres } = services;
      if (!/^postgres:\d+/.test(postgres.image)) fail(`postgres image ${postgres.image} has no pinned major version`);
      if (!postgres.healthcheck.test.join(' ').includes('pg_isready')) fail('postgres has no pg_isready healthcheck');
      const volume = postgres.volumes[0].split(':')[0];
      if (!(volume in (volumes ?? {}))) fail(`postgres data is not on a named volume (${volume})`);
      if (!/migrate\.js$/.test(migrate.command.at(-1))) fail(`migrate runs ${migrate.command}`);
      if (migrate.depends_on.postgres.condition !== 'service_healthy') fail('migrate does not wait for postgres');
      if (app.depends_on.postgres.condition !== 'service_healthy') fail('app does not wait for postgres');
      if (app.depends_on.migrate.condition !== 'service_completed_successfully') fail('app does not wait for migrate');
      if (app.environment.RUN_MIGRATIONS !== 'false') fail('the app runs migrations too');
      if (!app.restart || !app.ports?.length) fail('the app has no restart policy or published port');
    },
  },
  {
    name: '.env.example lists every variable of env.validation.ts, and nothing unknown',
    run: () => {
      const listed = exampleVariables();
      const known = apiVariables();
      const missing = known.filter((name) => !listed.has(name));
      if (missing.length) fail(`missing from docker/.env.example: ${missing.join(', ')}`);
      const composeOnly = ['POSTGRES_DB', 'POSTGRES_USER', 'POSTGRES_PASSWORD', 'APP_PORT'];
      const unknown = [...listed.keys()].filter((name) => !known.includes(name) && !composeOnly.includes(name));
      if (unknown.length) fail(`listed but read by nothing: ${unknown.join(', ')}`);
    },
  },
  {
    name: '.env.example: DATABASE_URL matches the postgres service and its user, password and database; no secrets',
    run: () => {
      const listed = exampleVariables();
      const url = new URL(listed.get('DATABASE_URL'));
      const expected = [
        'postgres',
        listed.get('POSTGRES_USER'),
        listed.get('POSTGRES_PASSWORD'),
        listed.get('POSTGRES_DB'),
      ];
      const actual = [url.hostname, url.username, url.password, url.pathname.slice(1)];
      if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`DATABASE_URL ${actual} but ${expected}`);
      if (!(url.hostname in compose().services)) fail(`no service ${url.hostname}`);
      if (listed.get('JWT_SECRET') !== '') fail('JWT_SECRET must be left empty in the example');
      if (!/replace/.test(listed.get('POSTGRES_PASSWORD'))) fail('POSTGRES_PASSWORD looks like a real password');
    },
  },
];
