// npm run user:create-admin: the first account of a production database, which loads no demo data.
import { apiEnv, startApi } from './support/api-process.mjs';
import { runCli } from './support/commands.mjs';
import { assert, assertEqual, signIn } from './support/http.mjs';
import { createDatabase, query } from './support/postgres.mjs';

const PASSWORD = 'First-admin-2026';

async function refused(env, args, password, reason) {
  const { code, output } = await runCli('createAdmin', args, { ...env, ADMIN_PASSWORD: password });
  assert(code !== 0, `refuses (${reason}), but exited 0:\n${output}`);
  assert(reason.test(output), `says ${reason}:\n${output}`);
  assert(!output.includes(password) || password === '', `never prints the password:\n${output}`);
}

export default [
  {
    name: 'create-admin: makes the first administrator of an empty production database, who can sign in',
    run: async () => {
      const database = await createDatabase('roap_ops_admin');
      const { env, cleanUp } = await apiEnv(database.url, { LOAD_DEMO_DATA: 'false' });
      try {
        const email = 'First.Admin@Example.org';
        // The arguments are checked before the database is opened: these run beside the migrations.
        const [migrated] = await Promise.all([
          runCli('migrate', [], env),
          refused(env, ['--email', 'not-an-email', '--name', 'A'], PASSWORD, /--email: must be an email address/),
          refused(env, ['--email', email, '--name', 'A'], 'short', /ADMIN_PASSWORD: must be at least 10/),
          refused(env, ['--email', email], PASSWORD, /--name: must not be empty/),
        ]);
        assertEqual(migrated.code, 0, `migrations applied:\n${migrated.output}`);
        assertEqual((await query(database.url, 'SELECT count(*)::int AS n FROM app_user'))[0].n, 0, 'no account yet');

        const created = await runCli('createAdmin', ['--email', email, '--name', 'First Admin'], {
          ...env,
          ADMIN_PASSWORD: PASSWORD,
        });
        assertEqual(created.code, 0, `created:\n${created.output}`);
        assert(!created.output.includes(PASSWORD), 'the password is not printed');
        await refused(env, ['--email', email, '--name', 'Again'], PASSWORD, /already has an account/);
        const [row] = await query(database.url, 'SELECT email, role, active FROM app_user');
        assertEqual(
          JSON.stringify(row),
          '{"email":"first.admin@example.org","role":"ADMIN","active":true}',
          'one admin',
        );

        const api = startApi(env);
        try {
          const url = await api.ready;
          const token = await signIn(url, ['first.admin@example.org', PASSWORD]);
          assert(typeof token === 'string' && token.length > 20, 'signs in with the password given');
        } finally {
          await api.stop();
        }
      } finally {
        cleanUp();
        await database.drop();
      }
    },
  },
];
