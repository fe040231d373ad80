import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertBlobKey, type BlobBackend } from './file-storage';

// STORAGE=local: files under a folder (`.data/uploads/` by default), one per key, readable by the app's user
// only. Written to a temporary name and renamed, so a reader never sees half a file.

const isMissing = (err: unknown) => err instanceof Error && 'code' in err && err.code === 'ENOENT';

export function localBlobs(root: string): BlobBackend {
  const fileOf = (key: string) => {
    assertBlobKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    name: 'local',
    async write(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${randomUUID()}.part`;
      try {
        await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
        await rename(temporary, file);
      } catch (err) {
        await rm(temporary, { force: true });
        throw err;
      }
    },
    async read(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
