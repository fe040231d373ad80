import { createSignedToken, linkSecret, readSignedToken } from '@/lib/mail/signed-links';

// Read-your-writes with replicas (docs/decisions/022-read-replicas.md). A write fence is a position in the
// primary's WAL: a replica serves a read only once it has replayed up to the fence. No Prisma here, so
// proxy.ts can adopt the fence a browser's cookie carries before the page renders.

/** A WAL position (`pg_lsn`, e.g. "16/B374D848") as a number that compares. */
export type Lsn = bigint;

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function parseLsn(text: unknown): Lsn | null {
  const match = typeof text === 'string' ? LSN.exec(text) : null;
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

type FenceState = { lsn: Lsn };

// On globalThis: proxy.ts and the route bundles are separate module graphs in one process.
const store = globalThis as unknown as { chatshiftWriteFence?: FenceState };
export const writeFenceState: FenceState = (store.chatshiftWriteFence ??= { lsn: 0n });

/** Replicas that have not replayed up to `lsn` are skipped from now on in this process. */
export function raiseWriteFence(lsn: Lsn): void {
  if (lsn > writeFenceState.lsn) writeFenceState.lsn = lsn;
}

/** The browser's own last write, so its next requests on any app server wait for it (httpOnly, signed). */
export const WRITE_FENCE_COOKIE = 'chatshift-wal';
/** Longer than any lag a replica may have and still serve (lib/db-read.ts skips those). */
export const WRITE_FENCE_TTL_S = 60;

const PURPOSE = 'write-fence';

export function writeFenceToken(lsn: Lsn, now = new Date()): string {
  return createSignedToken(linkSecret(), PURPOSE, formatLsn(lsn), WRITE_FENCE_TTL_S / 86_400, now);
}

/**
 * For proxy.ts: raise the fence to the write this browser made (on this or another app server). Signed, so a
 * forged cookie cannot send every reader to the primary; expired and unreadable values are ignored.
 */
export function adoptWriteFenceCookie(value: string | undefined, now = new Date()): void {
  if (!value) return;
  const token = readSignedToken(linkSecret(), PURPOSE, value, now);
  const lsn = token.ok ? parseLsn(token.payload) : null;
  if (lsn !== null) raiseWriteFence(lsn);
}
