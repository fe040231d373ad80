import 'server-only';
import '@/lib/zod-setup';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { BlobBackend, FileStorage, StoredBytes } from './file-storage';
import { localBlobs } from './local-blobs';
import { s3Blobs } from './s3-blobs';

// The one FileStorage the app uses (STORAGE in lib/env.ts), plus the factory tests use for the other backends.

const Id = z.uuid();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const LOCAL_UPLOADS_DIR = path.join(process.cwd(), '.data', 'uploads');

/** A storage whose bytes go to `blobs`, or into the `stored_files` row itself when `blobs` is null. */
export function createFileStorage(blobs: BlobBackend | null): FileStorage {
  return {
    async put(purpose, bytes, contentType) {
      const row = { purpose, contentType, size: bytes.byteLength, sha256: sha256(bytes) };
      if (!blobs) {
        const created = await db.storedFile.create({ data: { ...row, backend: 'db', data: new Uint8Array(bytes) }, select: { id: true } });
        return created.id;
      }
      const id = randomUUID();
      const key = `${purpose}/${id}`;
      await blobs.write(key, bytes, contentType);
      try {
        await db.storedFile.create({ data: { ...row, id, backend: blobs.name, key }, select: { id: true } });
      } catch (err) {
        await blobs.remove(key).catch((e: unknown) => console.error('[storage] could not remove an unrecorded file', key, e));
        throw err;
      }
      return id;
    },

    async get(id): Promise<StoredBytes | null> {
      if (!Id.safeParse(id).success) return null;
      const row = await db.storedFile.findUnique({
        where: { id },
        select: { backend: true, key: true, data: true, contentType: true, size: true, sha256: true },
      });
      if (!row) return null;
      let bytes: Uint8Array | null = null;
      if (row.backend === 'db') bytes = row.data;
      else if (blobs?.name === row.backend && row.key) bytes = await blobs.read(row.key);
      else console.error('[storage] file', id, 'is in the', row.backend, 'backend, which is not configured');
      // Missing or changed bytes are not served as if they were the upload.
      if (!bytes || sha256(bytes) !== row.sha256) {
        if (bytes) console.error('[storage] file', id, 'does not match its checksum');
        return null;
      }
      return { bytes, contentType: row.contentType, size: row.size };
    },

    async delete(id) {
      if (!Id.safeParse(id).success) return;
      const row = await db.storedFile.findUnique({ where: { id }, select: { backend: true, key: true } });
      if (!row) return;
      if (row.backend !== 'db' && row.key) {
        // The bytes go first: if that fails, the row stays and the next retention run tries again.
        if (blobs?.name !== row.backend) throw new Error(`[storage] cannot delete file ${id}: backend ${row.backend} is not configured`);
        await blobs.remove(row.key);
      }
      await db.storedFile.deleteMany({ where: { id } });
    },
  };
}

function configuredBlobs(): BlobBackend | null {
  if (env.STORAGE === 'local') return localBlobs(LOCAL_UPLOADS_DIR);
  if (env.STORAGE !== 's3') return null;
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: region, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  // lib/env.ts already refuses to start without them; this only narrows the types.
  if (!endpoint || !bucket || !region || !accessKeyId || !secretAccessKey) throw new Error('STORAGE=s3 needs every S3_ variable (see .env.example)');
  return s3Blobs({ endpoint, bucket, region, accessKeyId, secretAccessKey });
}

let configured: FileStorage | undefined;

/** The storage STORAGE names (`db` unless set). */
export function fileStorage(): FileStorage {
  configured ??= createFileStorage(configuredBlobs());
  return configured;
}
