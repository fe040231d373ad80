import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /** Where an answer goes, e.g. the company's contact address on mail from an employer. */
  replyTo?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on alert mail. */
  headers?: Record<string, string>;
};

const MINUTE_MS = 60_000;
/** A claimed mail is its sender's this long; the SMTP timeouts below keep every send well inside it. */
const LEASE_MS = 10 * MINUTE_MS;
/** Past a day the links inside (sign-in, reset, invitations) are mostly stale, so we stop trying. */
const GIVE_UP_AFTER_MS = 24 * 60 * MINUTE_MS;
/** A run stops claiming after this long and leaves the rest to the next one, well inside pg-boss's 15-minute expiry. */
const RUN_BUDGET_MS = 5 * MINUTE_MS;

let transport: Transporter | null | undefined;

function getTransport(): Transporter | null {
  if (transport === undefined) {
    // nodemailer's defaults (2 min to connect, 10 min idle) could outlive a lease and let a second worker send too.
    transport = env.SMTP_URL
      ? nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 })
      : null;
  }
  return transport;
}

/** The wait after a failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60) * MINUTE_MS;
}

type OutboxRow = {
  id: string; to: string; subject: string; text: string; html: string | null; replyTo: string | null; headers: unknown;
  attempts: number; createdAt: Date;
};

const headerRecord = (value: unknown): Record<string, string> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : undefined;
type Outcome = 'sent' | 'failed' | 'gaveUp';

async function attemptDelivery(smtp: Transporter, mail: OutboxRow, now: Date): Promise<Outcome> {
  try {
    await smtp.sendMail({
      from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined,
      replyTo: mail.replyTo ?? undefined, headers: headerRecord(mail.headers),
    });
  } catch (err) {
    const gaveUp = now.getTime() - mail.createdAt.getTime() >= GIVE_UP_AFTER_MS;
    await db.outboxMail.update({
      where: { id: mail.id },
      data: {
        error: err instanceof Error ? err.message : String(err),
        nextAttemptAt: gaveUp ? null : new Date(now.getTime() + retryDelayMs(mail.attempts)),
        failedAt: gaveUp ? now : null,
      },
    });
    return gaveUp ? 'gaveUp' : 'failed';
  }
  // Outside the try: a database error after the server took the mail is not a failed send. The error is
  // cleared because the outbox viewer shows any error as a failure.
  await db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: now, nextAttemptAt: null, error: null } });
  return 'sent';
}

/**
 * Every mail is written to the outbox first (so nothing is lost and tests can read it), then sent when
 * SMTP is configured. Without SMTP it stays there; development shows it at /dev/mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const smtp = getTransport();
  const now = new Date();
  // Written already claimed as attempt 1: if this process dies mid-send, the retry job takes over after the lease.
  const row = await db.outboxMail.create({
    data: {
      to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, kind: mail.kind,
      replyTo: mail.replyTo ?? null, headers: mail.headers ?? undefined,
      ...(smtp && { attempts: 1, nextAttemptAt: new Date(now.getTime() + LEASE_MS) }),
    },
    select: { id: true, to: true, subject: true, text: true, html: true, replyTo: true, headers: true, attempts: true, createdAt: true },
  });
  // The action that sent it still succeeds when this fails; the retry job sends it later.
  if (smtp) await attemptDelivery(smtp, row, now);
}

/**
 * Writes a mail inside the caller's transaction: it exists exactly when the transaction's other rows do (an
 * alert's deliveries, say). With SMTP it is due at once and the mail-retry job sends it within a minute;
 * without, it stays in the outbox like any other mail.
 */
export async function queueMail(tx: Pick<typeof db, 'outboxMail'>, mail: Mail, now = new Date()): Promise<void> {
  await tx.outboxMail.create({
    data: {
      to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, kind: mail.kind,
      replyTo: mail.replyTo ?? null, headers: mail.headers ?? undefined, nextAttemptAt: getTransport() ? now : null,
    },
  });
}

// One mail per claim, so a lease only ever covers one send. SKIP LOCKED lets a concurrent run take the next
// mail instead of waiting, and the lease moves nextAttemptAt past `now`, so no run claims it twice.
function claimDueMail(now: Date) {
  return db.$queryRaw<OutboxRow[]>`
    UPDATE "outbox_mail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "outbox_mail" WHERE "nextAttemptAt" <= ${now} AND "sentAt" IS NULL AND "failedAt" IS NULL
      ORDER BY "nextAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "html", "replyTo", "headers", "attempts", "createdAt"`;
}

/** The mail-retry job: sends the mail whose last attempt failed once it is due; gives up a day after it was written. */
export async function retryUndeliveredMail(now = new Date()): Promise<Record<Outcome, number>> {
  const counts: Record<Outcome, number> = { sent: 0, failed: 0, gaveUp: 0 };
  const smtp = getTransport();
  if (!smtp) return counts;
  for (const started = Date.now(); Date.now() - started < RUN_BUDGET_MS; ) {
    const [mail] = await claimDueMail(now);
    if (!mail) break;
    counts[await attemptDelivery(smtp, mail, now)]++;
  }
  return counts;
}
