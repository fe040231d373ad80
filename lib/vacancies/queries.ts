import 'server-only';
import { readDb as db } from '@/lib/db-read';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Currency, Industry } from '@/lib/vocabularies';
import { classified } from './classified';
import type { SalaryInfo, VacancyCardData } from './types';

export type IndustryCount = { industry: Industry; count: number };

/** Visible to the public: published, not past its expiry, from a company that is not blocked. */
export function openVacancyWhere(now = new Date()): Prisma.VacancyWhereInput {
  return { status: 'published', expiresAt: { gt: now }, company: { blockedAt: null } };
}

export async function getNewestVacancies(limit = 6): Promise<VacancyCardData[]> {
  const rows = await db.vacancy.findMany({
    where: openVacancyWhere(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  return getVacancyCards(rows.map((r) => r.id));
}

export async function getOpenCountsByIndustry(): Promise<IndustryCount[]> {
  const rows = await db.vacancy.groupBy({ by: ['industry'], where: openVacancyWhere(), _count: { _all: true } });
  return rows.flatMap((r) => (r.industry ? [{ industry: r.industry, count: r._count._all }] : []));
}

/** What a card shows; the open API (lib/api/queries.ts) selects this and a few more columns. */
export const CARD_SELECT = {
  id: true, slug: true, title: true, locale: true, companyName: true, industry: true, schedule: true,
  employment: true, experience: true, shiftPattern: true, publishedAt: true, trainingProvided: true,
  voiceRequired: true, abroadAllowed: true, nightShifts: true, salaryFrom: true, salaryTo: true,
  salaryCurrency: true, salaryPeriod: true, salaryGross: true, salaryMinRub: true, salaryMaxRub: true,
  company: { select: { slug: true, verifiedAt: true } },
  languages: { select: { language: true, level: true }, orderBy: { language: 'asc' } },
  shiftSlots: { select: { startMinute: true, endMinute: true, timeZone: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.VacancySelect;

export type CardRow = Prisma.VacancyGetPayload<{ select: typeof CARD_SELECT }>;

type SalaryColumns = Pick<
  Prisma.VacancyGetPayload<object>,
  'salaryFrom' | 'salaryTo' | 'salaryCurrency' | 'salaryPeriod' | 'salaryGross' | 'salaryMinRub' | 'salaryMaxRub'
>;

/** The stated salary and its normalized range, or null when the vacancy states none. */
export function toSalaryInfo(row: SalaryColumns): SalaryInfo | null {
  if (!row.salaryCurrency || !row.salaryPeriod || (!row.salaryFrom && !row.salaryTo)) return null;
  return {
    from: row.salaryFrom?.toNumber() ?? null,
    to: row.salaryTo?.toNumber() ?? null,
    currency: row.salaryCurrency as Currency,
    period: row.salaryPeriod,
    gross: row.salaryGross,
    minRub: row.salaryMinRub,
    maxRub: row.salaryMaxRub,
  };
}

export function toCard(card: CardRow): VacancyCardData {
  const row = classified(card);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    locale: row.locale,
    companyName: row.companyName,
    companySlug: row.company.slug,
    companyVerified: row.company.verifiedAt !== null,
    industry: row.industry,
    schedule: row.schedule,
    employment: row.employment,
    experience: row.experience,
    shiftPattern: row.shiftPattern,
    slots: row.shiftSlots.map((s) => ({ start: s.startMinute, end: s.endMinute, timeZone: s.timeZone })),
    languages: row.languages,
    salary: toSalaryInfo(row),
    trainingProvided: row.trainingProvided,
    voiceRequired: row.voiceRequired,
    abroadAllowed: row.abroadAllowed,
    nightShifts: row.nightShifts,
    publishedAt: row.publishedAt ?? new Date(0),
  };
}

type RawCardRow = Omit<CardRow, 'company' | 'salaryFrom' | 'salaryTo'> & {
  salaryFrom: string | null; salaryTo: string | null; companySlug: string; companyVerifiedAt: Date | null;
};

/**
 * CARD_SELECT's rows in one statement, a card's languages and shifts as JSON beside it: Prisma's findMany
 * with that select sends four, which made the cards most of a catalogue page's SQL time (~10 of ~12 ms,
 * docs/decisions/008). tests/integration/vacancy-cards.test.ts holds the two to the same result.
 */
async function readCardRows(ids: readonly string[]): Promise<CardRow[]> {
  const rows = await db.$queryRaw<RawCardRow[]>`
    SELECT v."id", v."slug", v."title", v."locale", v."companyName", v."industry", v."schedule", v."employment",
           v."experience", v."shiftPattern", v."publishedAt", v."trainingProvided", v."voiceRequired", v."abroadAllowed",
           v."nightShifts", v."salaryFrom"::text AS "salaryFrom", v."salaryTo"::text AS "salaryTo", v."salaryCurrency",
           v."salaryPeriod", v."salaryGross", v."salaryMinRub", v."salaryMaxRub",
           c."slug" AS "companySlug", c."verifiedAt" AS "companyVerifiedAt",
           coalesce((SELECT json_agg(json_build_object('language', l."language", 'level', l."level") ORDER BY l."language")
                     FROM "vacancy_languages" l WHERE l."vacancyId" = v."id"), '[]') AS "languages",
           coalesce((SELECT json_agg(json_build_object('startMinute', s."startMinute", 'endMinute', s."endMinute", 'timeZone', s."timeZone")
                            ORDER BY s."position")
                     FROM "shift_slots" s WHERE s."vacancyId" = v."id"), '[]') AS "shiftSlots"
    FROM "vacancies" v JOIN "companies" c ON c."id" = v."companyId"
    WHERE v."id" = ANY(${[...ids]}::uuid[])`;
  const decimal = (text: string | null) => (text === null ? null : new Prisma.Decimal(text));
  return rows.map(({ companySlug, companyVerifiedAt, salaryFrom, salaryTo, ...row }) => ({
    ...row,
    salaryFrom: decimal(salaryFrom),
    salaryTo: decimal(salaryTo),
    company: { slug: companySlug, verifiedAt: companyVerifiedAt },
  }));
}

/** Cards for the given vacancy ids, in the order given (the caller's query decided the order). */
export async function getVacancyCards(ids: readonly string[]): Promise<VacancyCardData[]> {
  if (!ids.length) return [];
  const rows = await readCardRows(ids);
  const byId = new Map(rows.map((row) => [row.id, toCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
