import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/forms/issues';
import { withinLimits } from '@/lib/accounts/rate-limit.server';
import { createToken, hashToken } from '@/lib/accounts/tokens';
import type { ApplicationStatus } from '@/lib/vocabularies';
import { db } from '@/lib/db';
import { sendMail, type Mail } from '@/lib/mail/outbox.server';
import { fileStorage } from '@/lib/storage/storage.server';
import { countApplication, type Visitor } from './click.server';
import { toMailLocale } from '@/lib/mail/translate';
import { confirmationMail, noticeMail } from './mail';
import { ApplySchema, CONSENT_VERSION, MIN_FILL_MS, parseCvFile, WithdrawTokenSchema, type ApplyInput, type CvUpload } from './schemas';

// A candidate applies without an account, so the defences are the form's own: a honeypot, a minimum fill time,
// rate limits per address and per email, and the (vacancyId, email) unique key as the arbiter of duplicates.

export type ApplyContext = {
  ip: string;
  /** The browser string, to match the application with the apply click of its start (decision 025). */
  userAgent?: string | null;
  now: Date;
  /** Tests switch the rate limits off here; the public action never does. */
  limits?: boolean;
};

export type ApplyRefusal = 'notAccepting' | 'duplicate' | 'tooFast' | 'rateLimited';
export type ApplyOutcome =
  | { ok: true; value: { applicationId: string | null; email: string } }
  | { ok: false; error: ApplyRefusal }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

type OpenVacancy = { title: string; slug: string; companyId: string; companyName: string };
type Stored = { ok: true; id: string; vacancy: OpenVacancy } | { ok: false; error: 'notAccepting' | 'duplicate' };
type CvRef = { id: string; name: string } | null;

const Id = z.uuid();


const honeypotFilled = (input: Record<string, unknown>) => typeof input.website === 'string' && input.website.trim() !== '';

/**
 * Stores one application to an open `form`-mode vacancy and mails the candidate and the company.
 * Values are never lost on a refusal: the caller gets an error key and keeps what was typed.
 * `input.cvFile` is the uploaded CV (a File), checked with the other fields and stored only with the application.
 */
export async function submitApplication(vacancyId: string, input: Record<string, unknown>, ctx: ApplyContext): Promise<ApplyOutcome> {
  if (!Id.safeParse(vacancyId).success) return { ok: false, error: 'notAccepting' };
  // A bot that filled the hidden field is told it succeeded, so it has no reason to try again differently.
  if (honeypotFilled(input)) return { ok: true, value: { applicationId: null, email: String(input.email ?? '').trim().toLowerCase() } };

  const parsed = ApplySchema.safeParse(input);
  const cv = await parseCvFile(input.cvFile);
  if (!parsed.success || !cv.ok) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, { top: true });
    if (!cv.ok) fieldErrors.cvFile = [cv.error];
    return { ok: false, error: 'invalid', fieldErrors };
  }
  const application = parsed.data;
  const elapsed = ctx.now.getTime() - application.startedAt;
  if (elapsed < MIN_FILL_MS) return { ok: false, error: 'tooFast' };
  if (ctx.limits !== false && !(await withinLimits([['applyIp', ctx.ip], ['applyEmail', application.email]]))) {
    return { ok: false, error: 'rateLimited' };
  }

  const { token, hash } = createToken();
  const visitor = { ip: ctx.ip, userAgent: ctx.userAgent ?? null };
  const stored = await storeWithCv(cv.file, (cvRef) => store(vacancyId, application, cvRef, hash, ctx.now, visitor));
  if (!stored.ok) return stored;

  await mailAbout(stored.id, stored.vacancy, application, token, cv.file?.name ?? null);
  return { ok: true, value: { applicationId: stored.id, email: application.email } };
}

/**
 * The CV's bytes are stored just before the application's row that points at them, and deleted again when
 * the row is refused (closed vacancy, duplicate) or its insert fails, so no file outlives a refusal.
 */
async function storeWithCv(file: CvUpload | null, insert: (cv: CvRef) => Promise<Stored>): Promise<Stored> {
  if (!file) return insert(null);
  const storage = fileStorage();
  const id = await storage.put('cv', file.bytes, file.contentType);
  const discard = () => storage.delete(id).catch((err: unknown) => console.error('[apply] could not delete a refused CV', id, err));
  let stored: Stored;
  try {
    stored = await insert({ id, name: file.name });
  } catch (err) {
    await discard();
    throw err;
  }
  if (!stored.ok) await discard();
  return stored;
}

/**
 * One transaction: the vacancy row is share-locked, so an employer closing it (an UPDATE) waits for the
 * applications already in flight and every later one sees the new status. The unique key decides duplicates.
 */
async function store(vacancyId: string, a: ApplyInput, cv: CvRef, withdrawTokenHash: string, now: Date, visitor: Visitor): Promise<Stored> {
  return db.$transaction(
    async (tx): Promise<Stored> => {
      const [vacancy] = await tx.$queryRaw<(OpenVacancy & { status: string; applyMode: string; expiresAt: Date | null; blocked: boolean })[]>`
        SELECT v."title", v."slug", v."companyId", c."name" AS "companyName", v."status"::text AS "status",
               v."applyMode"::text AS "applyMode", v."expiresAt", c."blockedAt" IS NOT NULL AS "blocked"
        FROM "vacancies" v JOIN "companies" c ON c."id" = v."companyId"
        WHERE v."id" = ${vacancyId}::uuid
        FOR SHARE OF v, c`;
      const open =
        vacancy && vacancy.status === 'published' && vacancy.applyMode === 'form' && !vacancy.blocked && vacancy.expiresAt !== null && vacancy.expiresAt > now;
      if (!open) return { ok: false, error: 'notAccepting' };

      const [created] = await tx.application.createManyAndReturn({
        data: [
          {
            vacancyId, name: a.name, email: a.email, phone: a.phone, telegram: a.telegram, languages: a.languages,
            experience: a.experience, preferredShifts: a.preferredShifts, coverMessage: a.coverMessage, cvUrl: a.cvUrl,
            cvFileId: cv?.id ?? null, cvFileName: cv?.name ?? null,
            consentAt: now, consentVersion: CONSENT_VERSION, withdrawTokenHash, createdAt: now,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!created) return { ok: false, error: 'duplicate' };
      // The history starts here: "sent" on the candidate's page, the first line of the employer's timeline.
      await tx.applicationStatusEvent.create({ data: { applicationId: created.id, toStatus: 'new', createdAt: now } });

      // One more application that day, and an apply click unless its start was counted (decision 025).
      await countApplication(tx, vacancyId, visitor, now);
      return { ok: true, id: created.id, vacancy: { title: vacancy.title, slug: vacancy.slug, companyId: vacancy.companyId, companyName: vacancy.companyName } };
    },
    // Many candidates may apply at once; they queue for the pool instead of failing after the default 2 s.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Mail after the commit: a failure is logged (the outbox keeps SMTP errors) and never undoes the application. */
async function mailAbout(applicationId: string, vacancy: OpenVacancy, a: ApplyInput, withdrawToken: string, cvFileName: string | null): Promise<void> {
  const deliver = (mail: Mail) => sendMail(mail).catch((err: unknown) => console.error('[apply] mail failed', mail.kind, err));
  await deliver(
    confirmationMail({
      to: a.email, name: a.name, title: vacancy.title, company: vacancy.companyName, slug: vacancy.slug, withdrawToken, locale: a.locale,
      cvFileName,
    }),
  );
  try {
    const members = await db.user.findMany({
      where: { blockedAt: null, applicationNotices: 'immediate', memberships: { some: { companyId: vacancy.companyId } } },
      select: { email: true, locale: true },
    });
    for (const m of members) {
      await deliver(noticeMail({ to: m.email, locale: toMailLocale(m.locale), candidate: a.name, title: vacancy.title, applicationId }));
    }
  } catch (err) {
    console.error('[apply] member notices failed', err);
  }
}

export type Withdrawal = { title: string; company: string };

/** What a withdraw link points at, for the confirmation page; null for an unknown or used token. */
export async function getWithdrawal(token: string): Promise<Withdrawal | null> {
  if (!WithdrawTokenSchema.safeParse(token).success) return null;
  const row = await db.application.findFirst({
    where: { withdrawTokenHash: hashToken(token), erasedAt: null },
    select: { vacancy: { select: { title: true, company: { select: { name: true } } } } },
  });
  return row && { title: row.vacancy.title, company: row.vacancy.company.name };
}

/** Withdraws the application a link points at. Checking and clearing the token in one statement makes it single-use. */
export async function withdrawApplication(
  token: string,
  now = new Date(),
): Promise<{ ok: true; value: Withdrawal } | { ok: false; error: 'tokenInvalid' }> {
  if (!WithdrawTokenSchema.safeParse(token).success) return { ok: false, error: 'tokenInvalid' };
  const row = await db.$transaction(async (tx) => {
    // Locked, so the status recorded as "from" is the one the withdrawal replaced (an employer may be moving it).
    const [current] = await tx.$queryRaw<{ id: string; status: ApplicationStatus }[]>`
      SELECT "id", "status" FROM "applications" WHERE "withdrawTokenHash" = ${hashToken(token)} AND "erasedAt" IS NULL FOR UPDATE`;
    if (!current) return null;
    const updated = await tx.application.update({
      where: { id: current.id },
      data: { status: 'withdrawn', withdrawnAt: now, withdrawTokenHash: null },
      select: { vacancy: { select: { title: true, company: { select: { name: true } } } } },
    });
    await tx.applicationStatusEvent.create({ data: { applicationId: current.id, fromStatus: current.status, toStatus: 'withdrawn', createdAt: now } });
    return updated;
  });
  if (!row) return { ok: false, error: 'tokenInvalid' };
  return { ok: true, value: { title: row.vacancy.title, company: row.vacancy.company.name } };
}
