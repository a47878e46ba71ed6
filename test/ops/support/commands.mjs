// Commands the operations tests run as an operator would, from the repository root.
import { spawn } from 'node:child_process';
import { ROOT } from '../../support/app-process.mjs';
import { cliFile } from './api-files.mjs';

/** Runs a command to its end; resolves with its exit code and output (never rejects on failure). */
export function runCommand(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Runs a built command-line tool of the API (`backup`, `restore`, `createAdmin`, `migrate`: see
 * api-files.mjs) as its npm script does once the API is built: { code, output }.
 */
export const runCli = (name, args, env) => runCommand(process.execPath, [cliFile(name), ...args], env);
