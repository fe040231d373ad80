import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { invalidOutcome } from '@/lib/forms/issues';
import { db } from '@/lib/db';
import { sendMail } from '@/lib/mail/outbox.server';
import type { ApplicationStatus } from '@/lib/vocabularies';
import { canMailOn, transitionRefusal, type EmployerStatus, type TransitionRefusal } from './pipeline';
import { defaultMailText, pipelineMail } from './pipeline-mail';
import {
  BulkStatusChangeSchema,
  NoteSchema,
  NoticePreferenceSchema,
  QuickMoveSchema,
  StatusChangeSchema,
  type NoticeMode,
  type StatusChangeInput,
} from './pipeline-schemas';
import type { PipelineActor } from './queries';

// The employer's operations on applications. Each one checks itself that the application belongs to a
// vacancy of one of the actor's companies (HOUSE_STYLE rule 3); the 'use server' wrappers in actions.ts
// only add the session, revalidation and form states.

export type PipelineRefusal = 'notFound' | TransitionRefusal | 'erased' | 'stale';
export type PipelineOutcome<T = null> =
  | { ok: true; value: T }
  | { ok: false; error: PipelineRefusal }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const Id = z.uuid();

/** The application if it is the actor's company's; nothing else tells a stranger it exists. */
async function loadOwned(actor: PipelineActor, applicationId: string) {
  if (!Id.safeParse(applicationId).success) return null;
  const companyIds = actor.companies.map((c) => c.id);
  if (!companyIds.length) return null;
  return db.application.findFirst({
    where: { id: applicationId, vacancy: { companyId: { in: companyIds } } },
    select: {
      id: true, status: true, name: true, email: true, erasedAt: true,
      vacancy: { select: { title: true, locale: true, company: { select: { name: true, contactEmail: true } } } },
    },
  });
}

/** Read-only for the employer: the candidate withdrew, or the retention job erased the data. */
function frozen(a: { status: ApplicationStatus; erasedAt: Date | null }): PipelineRefusal | null {
  if (a.status === 'withdrawn') return 'withdrawn';
  return a.erasedAt ? 'erased' : null;
}

export type StatusChanged = { status: ApplicationStatus; mailed: boolean };

type Owned = NonNullable<Awaited<ReturnType<typeof loadOwned>>>;

/** Moves the application along the pipeline (pipeline.ts); on invite or reject optionally mails the candidate. */
export async function changeApplicationStatus(actor: PipelineActor, applicationId: string, input: unknown): Promise<PipelineOutcome<StatusChanged>> {
  const application = await loadOwned(actor, applicationId);
  if (!application) return NOT_FOUND;
  const parsed = StatusChangeSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  return move(actor, application, parsed.data);
}

export type QuickMove = { status: EmployerStatus; sendMail: boolean };

/**
 * The board's and the bulk form's move: the same rules, history and mail as changeApplicationStatus, with
 * the standard letter (the text the application page prefills) when the mail is asked for.
 */
export async function moveApplication(actor: PipelineActor, applicationId: string, input: unknown): Promise<PipelineOutcome<StatusChanged & { name: string | null }>> {
  const application = await loadOwned(actor, applicationId);
  if (!application) return NOT_FOUND;
  const parsed = QuickMoveSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  const outcome = await quickMove(actor, application, parsed.data, await contactOf(actor));
  return outcome.ok ? { ok: true, value: { ...outcome.value, name: nameOf(application) } } : outcome;
}

/** `from`: the status it stayed in (null when it is not the actor's). */
export type BulkFailure = { id: string; name: string | null; from: ApplicationStatus | null; error: PipelineRefusal };
export type BulkReport = { status: EmployerStatus; moved: { id: string; name: string | null }[]; failed: BulkFailure[] };

/**
 * Several applications to one status: each one judged on its own (an application the move does not fit, a
 * withdrawn one, another company's) and reported, the others moved. One transaction per application, so a
 * refusal never undoes the moves that were allowed.
 */
export async function changeApplicationStatuses(actor: PipelineActor, input: unknown): Promise<PipelineOutcome<BulkReport>> {
  const parsed = BulkStatusChangeSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error, { top: true });
  const { ids, status, sendMail } = parsed.data;
  const contact = await contactOf(actor);
  const report: BulkReport = { status, moved: [], failed: [] };
  for (const id of ids) {
    const application = await loadOwned(actor, id);
    if (!application) {
      report.failed.push({ id, name: null, from: null, error: 'notFound' });
      continue;
    }
    const outcome = await quickMove(actor, application, { status, sendMail }, contact);
    if (outcome.ok) report.moved.push({ id, name: nameOf(application) });
    else report.failed.push({ id, name: nameOf(application), from: application.status, error: outcome.error === 'invalid' ? 'notAllowed' : outcome.error });
  }
  return { ok: true, value: report };
}

const nameOf = (a: Owned) => (a.erasedAt ? null : a.name);

/** The member's own address: the contact in the standard letter when the company has none. */
async function contactOf(actor: PipelineActor): Promise<string> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  return user?.email ?? '';
}

function quickMove(actor: PipelineActor, application: Owned, input: QuickMove, contact: string) {
  const mail = input.sendMail && canMailOn(input.status);
  const message =
    mail && canMailOn(input.status)
      ? defaultMailText(input.status, localeOf(application), {
          candidateName: application.name, vacancyTitle: application.vacancy.title, companyName: application.vacancy.company.name,
          contact: application.vacancy.company.contactEmail ?? contact,
        })
      : '';
  return move(actor, application, { status: input.status, sendMail: mail, message });
}

const localeOf = (a: Owned) => (a.vacancy.locale === 'en' ? 'en' : 'ru');

async function move(actor: PipelineActor, application: Owned, data: StatusChangeInput): Promise<PipelineOutcome<StatusChanged>> {
  const refused = frozen(application) ?? transitionRefusal(application.status, data.status);
  if (refused) return { ok: false, error: refused };

  // Conditional on the status we checked, so two colleagues clicking at once cannot skip the rules; the
  // history row is written with the move or not at all.
  const moved = await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: application.id, status: application.status, erasedAt: null },
      data: { status: data.status },
    });
    if (count === 0) return false;
    await tx.applicationStatusEvent.create({
      data: { applicationId: application.id, fromStatus: application.status, toStatus: data.status, actorId: actor.id },
    });
    return true;
  });
  if (!moved) return { ok: false, error: 'stale' };

  const { status, sendMail: mail, message } = data;
  if (mail && (status === 'invited' || status === 'rejected')) {
    const context = { vacancyTitle: application.vacancy.title, companyName: application.vacancy.company.name };
    const replyTo = application.vacancy.company.contactEmail ?? ((await contactOf(actor)) || undefined);
    // The candidate can simply answer: replies go to the company, not to our no-reply sender.
    await sendMail({ ...pipelineMail(status, application.email, localeOf(application), context, message), ...(replyTo && { replyTo }) });
  }
  return { ok: true, value: { status, mailed: mail } };
}

/** Opening an application marks a new one as viewed; idempotent, and silent for anything not the actor's. */
export async function markApplicationViewed(actor: PipelineActor, applicationId: string): Promise<boolean> {
  if (!Id.safeParse(applicationId).success) return false;
  const companyIds = actor.companies.map((c) => c.id);
  if (!companyIds.length) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, status: 'new', vacancy: { companyId: { in: companyIds } } },
      data: { status: 'viewed' },
    });
    if (count > 0) await tx.applicationStatusEvent.create({ data: { applicationId, fromStatus: 'new', toStatus: 'viewed', actorId: actor.id } });
    return count > 0;
  });
}

/** A note only the company's members see. */
export async function addApplicationNote(actor: PipelineActor, applicationId: string, input: unknown): Promise<PipelineOutcome<{ id: string }>> {
  const application = await loadOwned(actor, applicationId);
  if (!application) return NOT_FOUND;
  const parsed = NoteSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  const refused = frozen(application);
  if (refused) return { ok: false, error: refused };
  const note = await db.applicationNote.create({
    data: { applicationId: application.id, authorId: actor.id, body: parsed.data.body },
    select: { id: true },
  });
  return { ok: true, value: note };
}

/** The member's own choice of how to hear about new applications; nobody else's setting can be touched. */
export async function updateNoticePreference(actor: Pick<PipelineActor, 'id'>, input: unknown): Promise<PipelineOutcome<{ mode: NoticeMode }>> {
  const parsed = NoticePreferenceSchema.safeParse(typeof input === 'string' ? { mode: input } : input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  const { count } = await db.user.updateMany({ where: { id: actor.id }, data: { applicationNotices: parsed.data.mode } });
  return count ? { ok: true, value: { mode: parsed.data.mode } } : NOT_FOUND;
}
