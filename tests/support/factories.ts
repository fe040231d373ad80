import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { createDraft, submitVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';

// Test data made the way the product makes it, shared by the integration tests instead of a copy per file.

const DAY = 86_400_000;

/** A vacancy drafted and submitted for review by `actor` through the real lifecycle (board checks and risk included). */
export async function submittedVacancy(actor: Actor, companyId: string, input: Record<string, unknown>): Promise<string> {
  const created = await createDraft(actor, companyId, input);
  if (!created.ok) throw new Error(`createDraft: ${JSON.stringify(created)}`);
  const submitted = await submitVacancy(actor, created.value.id);
  if (!submitted.ok) throw new Error(`submitVacancy: ${JSON.stringify(submitted)}`);
  return created.value.id;
}

type Row = Partial<Prisma.VacancyUncheckedCreateInput> & { companyId: string; title: string };

/**
 * A complete vacancy row written straight to the table — for tests about what happens to a vacancy that
 * already exists (applying, reporting, saving, expiring). Published a day ago for 20 days unless told otherwise.
 */
export async function insertVacancy(db: PrismaClient, row: Row): Promise<{ id: string; slug: string; title: string }> {
  const now = Date.now();
  return db.vacancy.create({
    data: {
      slug: `t-${randomUUID()}`,
      description: 'Отвечать покупателям в чате интернет-магазина.',
      industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience',
      status: 'published', publishedAt: new Date(now - DAY), expiresAt: new Date(now + 20 * DAY),
      ...row,
    },
    select: { id: true, slug: true, title: true },
  });
}
