// Which Chromium the browser tests drive, chosen explicitly: the machine's (Debian's chromium or
// Google Chrome) when there is one, else the Chromium shipped inside the npm package
// @sparticuz/chromium, so that the tests need no system browser and never download one.
// E2E_BROWSER=bundled or E2E_BROWSER=system forces the choice.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Every launch: we run as root (no sandbox), without a GPU, and the browser calls nobody: no
// background requests, no first-run screens, and every host name but localhost fails to resolve.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

// @sparticuz/chromium's flags suit one page in an AWS Lambda. These ones would break or bend our runs:
const BUNDLED_ARGS_DROPPED = [
  '--single-process', // closing one browser context would close the whole browser
  '--headless=', // Playwright passes its own --headless
  "--headless='shell'",
  '--disable-features=', // the last --disable-features wins: it would replace Playwright's own list
  '--enable-features=',
  '--disable-web-security', // users' browsers enforce the same-origin policy: the tests' must too
  '--allow-running-insecure-content',
];

const CHOICES = ['auto', 'system', 'bundled'];

/**
 * The browser to launch: `{ kind, executablePath, args, env }` for Playwright's launch options.
 * Unpacking the bundled Chromium to the temporary directory takes a few seconds the first time only.
 */
export async function chooseBrowser(choice = process.env.E2E_BROWSER || 'auto') {
  if (!CHOICES.includes(choice)) throw new Error(`E2E_BROWSER=${choice}: expected one of ${CHOICES.join(', ')}.`);
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (choice === 'system' && !system) {
    throw new Error(
      `E2E_BROWSER=system, but there is no browser at ${SYSTEM_BROWSERS.join(', ')}: install one ` +
        "(apt-get install -y chromium), or leave E2E_BROWSER unset to use @sparticuz/chromium's.",
    );
  }
  if (choice !== 'bundled' && system) return { kind: 'system', executablePath: system, args: ARGS };

  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  const kept = chromium.args.filter((arg) => !BUNDLED_ARGS_DROPPED.some((dropped) => arg.startsWith(dropped)));
  // The package unpacks its fonts next to the browser; a machine without fontconfig needs them.
  const env = existsSync('/etc/fonts/fonts.conf')
    ? undefined
    : { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') };
  return { kind: 'bundled', executablePath, args: [...new Set([...kept, ...ARGS])], env };
}

/** One line for the log: which browser, its version, and where it is. */
export function describeBrowser({ kind, executablePath }) {
  let version;
  try {
    version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch (error) {
    version = `does not start: ${error.message.split('\n')[0]}`;
  }
  const origin = kind === 'bundled' ? 'bundled in @sparticuz/chromium' : 'the system browser';
  return `${version}, ${origin} (${executablePath})`;
}
