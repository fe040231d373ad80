import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { assertBlobKey, type BlobBackend } from './file-storage';

// STORAGE=s3: any S3-compatible service (AWS, Yandex Object Storage, MinIO, R2…), with path-style addresses
// (`<endpoint>/<bucket>/<key>`, which every one of them accepts) and SigV4 signatures from aws4fetch. The
// payload's SHA-256 is signed too, so the service refuses a body changed on the way.

export type S3Config = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
type Fetch = (request: Request) => Promise<Response>;

const TIMEOUT_MS = 30_000;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function s3Blobs(config: S3Config, fetchImpl: Fetch = (request) => fetch(request)): BlobBackend {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: 's3' });
  const base = `${config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(config.bucket)}`;
  const urlOf = (key: string) => {
    assertBlobKey(key);
    return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  };

  async function send(method: 'PUT' | 'GET' | 'DELETE', key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    const request = await client.sign(urlOf(key), {
      method,
      headers: { 'x-amz-content-sha256': sha256(init.body ?? new Uint8Array()), ...init.headers },
      body: init.body ? new Uint8Array(init.body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return fetchImpl(request);
  }

  const failure = (method: string, key: string, response: Response) =>
    new Error(`S3 ${method} ${key} answered ${response.status} ${response.statusText}`);
  // An unread body keeps its connection busy.
  const drain = (response: Response) => response.body?.cancel().catch(() => undefined);

  return {
    name: 's3',
    async write(key, bytes, contentType) {
      const response = await send('PUT', key, { body: bytes, headers: { 'content-type': contentType } });
      await drain(response);
      if (!response.ok) throw failure('PUT', key, response);
    },
    async read(key) {
      const response = await send('GET', key);
      if (!response.ok) await drain(response);
      if (response.status === 404) return null;
      if (!response.ok) throw failure('GET', key, response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(key) {
      const response = await send('DELETE', key);
      await drain(response);
      if (!response.ok && response.status !== 404) throw failure('DELETE', key, response);
    },
  };
}
