import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const NPM_CHROMIUM = '@sparticuz/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'chromium');
const LAUNCHER = 'chromium-launcher.sh';
// The npm build is made for Amazon Linux; the NSS and expat libraries it ships let it run where the system has none.
const LAUNCHER_SCRIPT = `#!/bin/sh
here=$(dirname "$0")
export LD_LIBRARY_PATH="$here/al2023/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
exec "$here/chromium" "$@"
`;

export type FoundChromium = {
  /** undefined: Playwright's own browser, which Playwright finds by itself. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'npm';
  /** One line for the log: which browser, and for the npm one where it was unpacked. */
  summary: string;
};

export type FindChromiumOptions = {
  env?: Readonly<Record<string, string | undefined>>;
  systemPaths?: readonly string[];
  playwrightExecutable?: () => string;
  cacheDir?: string;
};

/**
 * The browser for Playwright: CHROMIUM_PATH, Debian's chromium (these machines cannot download
 * Playwright's build), Playwright's own, else the Chromium inside the @sparticuz/chromium npm package,
 * unpacked once into node_modules/.cache/chromium. Throws a clear message when none of them works.
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<FoundChromium> {
  const {
    env = process.env,
    systemPaths = SYSTEM_CHROMIUM,
    playwrightExecutable = () => chromium.executablePath(),
    cacheDir = CACHE_DIR,
  } = options;
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutableFile(configured)) return { executablePath: configured, source: 'CHROMIUM_PATH', summary: `${configured} (CHROMIUM_PATH)` };
    throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file. Point it at a Chromium binary, or unset it.`);
  }
  const system = systemPaths.find(isExecutableFile);
  if (system) return { executablePath: system, source: 'system', summary: `${system} (system Chromium)` };
  const playwright = playwrightExecutable();
  if (isExecutableFile(playwright)) return { executablePath: undefined, source: 'playwright', summary: `Playwright's own Chromium (${playwright})` };
  try {
    return await npmChromium(cacheDir);
  } catch (err) {
    throw new Error(
      'No browser for the browser tests: no CHROMIUM_PATH, no system or Playwright Chromium, and the one from ' +
        `${NPM_CHROMIUM} failed (${err instanceof Error ? err.message : String(err)}). Install one:\n` +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  elsewhere:     npx playwright install chromium\n' +
        'or point CHROMIUM_PATH at a Chromium binary.',
      { cause: err },
    );
  }
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function npmChromium(cacheDir: string): Promise<FoundChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`it ships Chromium for Linux x64 only, this is ${process.platform} ${process.arch}`);
  const packageDir = path.dirname(path.dirname(createRequire(import.meta.url).resolve(NPM_CHROMIUM)));
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(cacheDir, version);
  const launcher = path.join(dir, LAUNCHER);
  const started = performance.now();
  const unpack = !isExecutableFile(launcher);
  if (unpack) await unpackInto(dir, path.join(packageDir, 'bin'));
  const { stdout } = await promisify(execFile)(launcher, ['--version'], { timeout: 30_000 });
  const shown = path.relative(process.cwd(), dir).startsWith('..') ? dir : path.relative(process.cwd(), dir);
  const where = unpack ? `unpacked it to ${shown} (${((performance.now() - started) / 1000).toFixed(1)} s, once per install)` : `unpacked earlier in ${shown}`;
  return { executablePath: launcher, source: 'npm', summary: `${stdout.trim()} from the npm package ${NPM_CHROMIUM} ${version}: ${where}` };
}

// Unpacks into a private folder renamed into place at the end, so an interrupted or concurrent run never
// leaves a half-written browser where the next run looks.
async function unpackInto(dir: string, binDir: string): Promise<void> {
  const staging = `${dir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const binary = await withTmpdir(staging, async () => {
      const { default: npmChromium, inflate } = await import('@sparticuz/chromium');
      const unpacked = await npmChromium.executablePath(binDir);
      await inflate(path.join(binDir, 'al2023.tar.br'));
      return unpacked;
    });
    if (binary !== path.join(staging, 'chromium')) throw new Error(`unexpected unpacked binary ${binary}`);
    await writeFile(path.join(staging, LAUNCHER), LAUNCHER_SCRIPT, { mode: 0o755 });
    const ready = () => isExecutableFile(path.join(dir, LAUNCHER)); // then a concurrent run got there first
    if (ready()) return;
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir).catch((err: unknown) => {
      if (!ready()) throw err;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// The package unpacks into os.tmpdir() and takes no target folder: TMPDIR points it at ours meanwhile.
async function withTmpdir<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}
