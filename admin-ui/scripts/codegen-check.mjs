// npm run codegen:check: regenerates in memory and compares with src/app/generated, so a schema change
// (../api/schema.graphql) or an edited operation cannot land without its types (docs/adr/0010).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { executeCodegen, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(import.meta.dirname, '..');
const generatedDir = path.join(root, 'src/app/generated');
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.ts') });
const { result, error } = await executeCodegen({ ...config, cwd: root, silent: true });

if (error) {
  console.error(
    `codegen:check: the operations in admin-ui/src no longer fit api/schema.graphql:\n${error.message}\n` +
      'Fix the operation (or the schema), then run npm run codegen -w admin-ui.',
  );
  process.exit(1);
}

const expected = new Map(result.map((file) => [path.resolve(root, file.filename), file.content]));
const stale = [...expected]
  .filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
  .map(([file]) => file);
const extra = readdirSync(generatedDir)
  .map((name) => path.join(generatedDir, name))
  .filter((file) => !expected.has(file));

if (stale.length || extra.length) {
  const list = [...stale.map((f) => `  stale: ${f}`), ...extra.map((f) => `  not generated: ${f}`)];
  console.error(
    `codegen:check: admin-ui/src/app/generated does not match api/schema.graphql and the UI's operations.\n` +
      `${list.map((line) => line.replace(root + path.sep, 'admin-ui/')).join('\n')}\n` +
      `Run npm run codegen -w admin-ui (or npm run contract at the root) and commit the result.`,
  );
  process.exit(1);
}
process.stdout.write(`codegen:check: ${expected.size} generated files match the schema and the operations.\n`);
