import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/architecture.md: a module is named for what it is. `*actions.ts` files are 'use server' entry points
// (every export is reachable from a browser); server-only domain code is `*.server.ts`.
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/;

function sources(): string[] {
  return ['lib', 'app', 'components'].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((file) => join(root, file))
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(join('lib', 'generated'))),
  );
}

describe('module names', () => {
  it('every *actions.ts file is a server-action module', () => {
    const misnamed = sources().filter((file) => /actions\.ts$/.test(file) && !USE_SERVER.test(readFileSync(file, 'utf8')));
    expect(misnamed).toEqual([]);
  });

  it("every 'use server' module is named *actions.ts", () => {
    const hidden = sources().filter((file) => !/actions\.ts$/.test(file) && USE_SERVER.test(readFileSync(file, 'utf8')));
    expect(hidden).toEqual([]);
  });
});
