import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, type FindChromiumOptions } from './find-chromium';

// Any executable file stands in for a browser where only the choice is tested.
const anExecutable = process.execPath;

let dir: string;
let nothingInstalled: FindChromiumOptions;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'find-chromium-'));
  nothingInstalled = {
    env: { CHROMIUM_PATH: '' },
    systemPaths: [],
    playwrightExecutable: () => path.join(dir, 'no-playwright-browser'),
    cacheDir: path.join(dir, 'cache'),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('stops with a clear message when CHROMIUM_PATH points nowhere', async () => {
    await expect(findChromium({ ...nothingInstalled, env: { CHROMIUM_PATH: '/nowhere/chromium' } })).rejects.toThrow(
      'CHROMIUM_PATH is /nowhere/chromium, which is not an executable file',
    );
  });

  it('takes CHROMIUM_PATH, then the first system Chromium, then Playwright’s own browser', async () => {
    await expect(findChromium({ ...nothingInstalled, env: { CHROMIUM_PATH: anExecutable }, systemPaths: [anExecutable] })).resolves.toMatchObject({
      executablePath: anExecutable,
      source: 'CHROMIUM_PATH',
    });
    await expect(findChromium({ ...nothingInstalled, systemPaths: [path.join(dir, 'missing'), anExecutable] })).resolves.toMatchObject({
      executablePath: anExecutable,
      source: 'system',
    });
    await expect(findChromium({ ...nothingInstalled, playwrightExecutable: () => anExecutable })).resolves.toMatchObject({
      executablePath: undefined,
      source: 'playwright',
    });
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'unpacks the Chromium from npm into its cache once when no other browser is there',
    async () => {
      const first = await findChromium(nothingInstalled);
      expect(first.source).toBe('npm');
      expect(first.summary).toMatch(/^Chromium \d+\.\S+ from the npm package @sparticuz\/chromium \S+: unpacked it to /);
      const launcher = first.executablePath ?? '';
      expect(launcher.startsWith(path.join(dir, 'cache') + path.sep)).toBe(true);
      const { stdout } = await promisify(execFile)(launcher, ['--version']);
      expect(stdout).toMatch(/^Chromium \d+/);

      const binary = path.join(path.dirname(launcher), 'chromium');
      const unpacked = await stat(binary);
      const second = await findChromium(nothingInstalled);
      expect(second).toMatchObject({ executablePath: launcher, source: 'npm', summary: expect.stringContaining('unpacked earlier in') });
      expect((await stat(binary)).mtimeMs).toBe(unpacked.mtimeMs);
    },
    60_000,
  );
});
