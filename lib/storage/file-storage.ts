// Uploaded files (CVs) behind one small interface. Every file has a `stored_files` row (purpose, type, size,
// SHA-256, backend); its bytes live in that row (`db`, the default), in a folder (`local`) or in an
// S3-compatible bucket (`s3`). The backends for the last two only move bytes by key.

export type StoredBytes = { bytes: Uint8Array; contentType: string; size: number };

export interface FileStorage {
  /** Stores the bytes and returns the file's id. */
  put(purpose: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** The file, or null when it does not exist (or its bytes are missing or damaged). */
  get(id: string): Promise<StoredBytes | null>;
  /** Removes the bytes and the row; deleting a missing file is not an error. */
  delete(id: string): Promise<void>;
}

export type BlobBackendName = 'local' | 's3';

/** Bytes by key, outside PostgreSQL. `remove` of a missing key succeeds; `read` of one gives null. */
export interface BlobBackend {
  readonly name: BlobBackendName;
  write(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  read(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

/** Keys are ours (`<purpose>/<uuid>`); anything else would be a path or URL trick, so it never reaches a backend. */
export const BLOB_KEY = /^[a-z][a-z0-9-]{0,19}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertBlobKey(key: string): void {
  if (!BLOB_KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
}
