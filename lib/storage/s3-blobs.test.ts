import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { s3Blobs, type S3Config } from './s3-blobs';

const CONFIG: S3Config = {
  endpoint: 'https://storage.example.test/',
  bucket: 'chatshift-cv',
  region: 'ru-central1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const KEY = 'cv/0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A fetch that records each request and answers with the next response. */
function fakeFetch(...responses: Response[]) {
  const calls: { request: Request; body: Uint8Array }[] = [];
  const fetch = async (request: Request) => {
    calls.push({ request, body: new Uint8Array(await request.arrayBuffer()) });
    return responses.shift() ?? new Response(null, { status: 200 });
  };
  return { calls, fetch };
}

const signedHeaders = (request: Request) => /SignedHeaders=([^,]+)/.exec(request.headers.get('authorization') ?? '')?.[1]?.split(';') ?? [];

describe('s3Blobs', () => {
  it('PUTs to a path-style URL with a SigV4 signature over the payload hash', async () => {
    const { calls, fetch } = fakeFetch(new Response(null, { status: 200 }));
    const bytes = new TextEncoder().encode('%PDF-1.7 резюме');
    await s3Blobs(CONFIG, fetch).write(KEY, bytes, 'application/pdf');

    expect(calls).toHaveLength(1);
    const [{ request, body }] = calls as [(typeof calls)[number]];
    expect(request.method).toBe('PUT');
    expect(request.url).toBe(`https://storage.example.test/chatshift-cv/${KEY}`);
    expect(body).toEqual(bytes);
    expect(request.headers.get('content-type')).toBe('application/pdf');
    expect(request.headers.get('x-amz-content-sha256')).toBe(sha256(bytes));
    expect(request.headers.get('x-amz-date')).toMatch(/^\d{8}T\d{6}Z$/);
    const day = request.headers.get('x-amz-date')!.slice(0, 8);
    expect(request.headers.get('authorization')).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${day}/ru-central1/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`),
    );
    expect(signedHeaders(request)).toEqual(expect.arrayContaining(['host', 'x-amz-content-sha256', 'x-amz-date']));
    // The secret never travels.
    expect([...request.headers.values()].join(' ')).not.toContain(CONFIG.secretAccessKey);
  });

  it('GETs the bytes back, null for a missing key', async () => {
    const stored = new Uint8Array([1, 2, 3, 250]);
    const { calls, fetch } = fakeFetch(new Response(stored, { status: 200 }), new Response('<Error>NoSuchKey</Error>', { status: 404 }));
    const blobs = s3Blobs(CONFIG, fetch);
    expect(await blobs.read(KEY)).toEqual(stored);
    expect(await blobs.read(KEY)).toBeNull();
    expect(calls.map((c) => c.request.method)).toEqual(['GET', 'GET']);
    expect(calls[0]?.request.headers.get('x-amz-content-sha256')).toBe(sha256(new Uint8Array()));
  });

  it('DELETEs, treating a missing key as deleted', async () => {
    const { calls, fetch } = fakeFetch(new Response(null, { status: 204 }), new Response(null, { status: 404 }));
    const blobs = s3Blobs(CONFIG, fetch);
    await blobs.remove(KEY);
    await blobs.remove(KEY);
    expect(calls.map((c) => [c.request.method, c.request.url])).toEqual([
      ['DELETE', `https://storage.example.test/chatshift-cv/${KEY}`],
      ['DELETE', `https://storage.example.test/chatshift-cv/${KEY}`],
    ]);
  });

  it('throws on errors instead of pretending', async () => {
    const { fetch } = fakeFetch(
      new Response('<Error>AccessDenied</Error>', { status: 403 }),
      new Response(null, { status: 500 }),
      new Response(null, { status: 503 }),
    );
    const blobs = s3Blobs(CONFIG, fetch);
    await expect(blobs.write(KEY, new Uint8Array([1]), 'application/pdf')).rejects.toThrow(/PUT .* 403/);
    await expect(blobs.read(KEY)).rejects.toThrow(/GET .* 500/);
    await expect(blobs.remove(KEY)).rejects.toThrow(/DELETE .* 503/);
  });

  it('refuses keys that are not ours before any request', async () => {
    const { calls, fetch } = fakeFetch();
    const blobs = s3Blobs(CONFIG, fetch);
    for (const key of ['../other-bucket/x', 'cv/../../x', 'cv/not-a-uuid', '', 'cv/0b6f1c2e-8a41-4c55-9d3e-2f1a7b9c4d10?acl']) {
      await expect(blobs.read(key)).rejects.toThrow(/Invalid storage key/);
    }
    expect(calls).toEqual([]);
  });
});
