import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localBlobs } from './local-blobs';

const roots: string[] = [];
const tempRoot = async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'chatshift-blobs-'));
  roots.push(root);
  return root;
};
const KEY = 'cv/0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10';

afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('localBlobs', () => {
  it('writes, reads and removes a file under its root, readable by the owner only', async () => {
    const root = await tempRoot();
    const blobs = localBlobs(root);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255]);
    await blobs.write(KEY, bytes, 'application/pdf');
    expect(await blobs.read(KEY)).toEqual(bytes);
    expect((await stat(path.join(root, 'cv', '0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10'))).mode & 0o077).toBe(0);
    // No temporary file is left behind.
    expect(await readdir(path.join(root, 'cv'))).toEqual(['0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10']);
    await blobs.remove(KEY);
    expect(await blobs.read(KEY)).toBeNull();
    await blobs.remove(KEY);
  });

  it('refuses keys that would leave the root', async () => {
    const blobs = localBlobs(await tempRoot());
    await expect(blobs.write('../escape/0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10', new Uint8Array([1]), 'x')).rejects.toThrow(/Invalid storage key/);
    await expect(blobs.read('cv/../../etc/passwd')).rejects.toThrow(/Invalid storage key/);
  });
});
