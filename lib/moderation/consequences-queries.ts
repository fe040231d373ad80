import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { FormReply } from '@/lib/forms/reply';
import { db } from '@/lib/db';
import type { VacancyStatus } from '@/lib/vocabularies';
import { isAdmin, type AdminActor } from './audit.server';

// What a hard-to-undo admin operation will do, read from the database when the admin is asked to confirm
// it (blocking a company or an account, removing a vacancy, dismissing reports). The entry actions refuse
// to run these operations without `confirm=1` and answer with this instead; the form shows it as sentences
// (`decisions.confirm.facts.<key>`).

export const CONFIRMED_OPERATIONS = ['blockCompany', 'blockUser', 'remove', 'dismiss'] as const;
export type ConfirmedOperation = (typeof CONFIRMED_OPERATIONS)[number];
export type ConsequenceFact = { key: string; values?: Record<string, string | number> };
export type Confirmation = { operation: ConfirmedOperation; facts: ConsequenceFact[] };
/** What the entry actions of these operations return: the form's reply, with `data.confirm` when it asks for confirm=1. */
export type ConfirmState = FormReply<{ confirm: Confirmation }>;

const Id = z.uuid();
const fact = (key: string, values?: ConsequenceFact['values']): ConsequenceFact => (values ? { key, values } : { key });

/** Blocking a company: its live vacancies go off the site, its queue waits, its open reports close. */
export async function getCompanyBlockConsequences(actor: AdminActor | null, companyId: string, now = new Date()): Promise<Confirmation | null> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return null;
  const company = await db.company.findUnique({ where: { id: companyId }, select: { id: true } });
  if (!company) return null;
  const [published, pendingNew, pendingEdits, reports, owners, members] = await Promise.all([
    db.vacancy.count({ where: { companyId, status: 'published', expiresAt: { gt: now } } }),
    db.vacancy.count({ where: { companyId, status: 'pending' } }),
    db.vacancyRevision.count({ where: { rejectedAt: null, vacancy: { companyId, status: { not: 'pending' } } } }),
    db.scamReport.count({ where: { status: 'open', vacancy: { companyId } } }),
    db.membership.count({ where: { companyId, role: 'owner', user: { blockedAt: null } } }),
    db.membership.count({ where: { companyId } }),
  ]);
  return {
    operation: 'blockCompany',
    facts: [
      fact('companyPublished', { count: published }),
      fact('companyPending', { count: pendingNew + pendingEdits }),
      fact('companyReports', { count: reports }),
      fact('companyOwnersMailed', { count: owners }),
      fact('companyMembersStay', { count: members }),
      fact('companyUndo'),
    ],
  };
}

/** Blocking an account: no sign-in, sessions end; its companies and their vacancies stay. */
export async function getUserBlockConsequences(actor: AdminActor | null, userId: string): Promise<Confirmation | null> {
  if (!isAdmin(actor) || !Id.safeParse(userId).success) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      memberships: {
        select: {
          role: true,
          company: { select: { name: true, members: { where: { role: 'owner', user: { blockedAt: null } }, select: { userId: true } } } },
        },
      },
    },
  });
  if (!user) return null;
  const names = user.memberships.map((m) => `«${m.company.name}»`).join(', ');
  const soleOwner = user.memberships.filter((m) => m.role === 'owner' && m.company.members.every((o) => o.userId === userId));
  return {
    operation: 'blockUser',
    facts: [
      fact('userSignIn', { email: user.email }),
      user.memberships.length ? fact('userCompanies', { count: user.memberships.length, names }) : fact('userNoCompanies'),
      ...soleOwner.map((m) => fact('userSoleOwner', { name: m.company.name })),
      fact('userUndo'),
    ],
  };
}

type VacancyFacts = { title: string; status: VacancyStatus; companyId: string; revision: boolean; reports: number };

async function vacancyFacts(vacancyId: string): Promise<VacancyFacts | null> {
  if (!Id.safeParse(vacancyId).success) return null;
  const v = await db.vacancy.findUnique({
    where: { id: vacancyId },
    select: { title: true, status: true, companyId: true, revision: { select: { rejectedAt: true } }, _count: { select: { reports: { where: { status: 'open' } } } } },
  });
  if (!v) return null;
  return { title: v.title, status: v.status, companyId: v.companyId, revision: v.revision !== null && v.revision.rejectedAt === null, reports: v._count.reports };
}

/** Removing a vacancy: it leaves the site for good, its pending edit goes, its open reports close. */
export async function getRemoveConsequences(actor: AdminActor | null, vacancyId: string): Promise<Confirmation | null> {
  if (!isAdmin(actor)) return null;
  const v = await vacancyFacts(vacancyId);
  if (!v) return null;
  const mailed = await db.membership.count({ where: { companyId: v.companyId, user: { blockedAt: null } } });
  return {
    operation: 'remove',
    facts: [
      v.status === 'published' ? fact('removeGone', { title: v.title }) : fact('removeStatus', { title: v.title }),
      ...(v.revision ? [fact('removeRevision')] : []),
      fact('removeReports', { count: v.reports }),
      fact('removeMailed', { count: mailed }),
      fact('removeFinal'),
    ],
  };
}

/** Dismissing: the open reports close as unfounded; the vacancy stays as it is. */
export async function getDismissConsequences(actor: AdminActor | null, vacancyId: string): Promise<Confirmation | null> {
  if (!isAdmin(actor)) return null;
  const v = await vacancyFacts(vacancyId);
  if (!v) return null;
  return { operation: 'dismiss', facts: [fact('dismissReports', { count: v.reports }), fact('dismissStays', { title: v.title })] };
}
