import 'server-only';
import { cache } from 'react';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { openVacancyWhere, toSalaryInfo } from '@/lib/vacancies/queries';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { cachedCatalogueRead } from './catalogue-cache';
import { classified } from './classified';
import type { ApplyMode, ContractType, Industry } from '@/lib/vocabularies';

/** `open` takes applications; `ended` (closed, expired, or published past its expiry) is shown without them. */
export type VacancyPublicState = 'open' | 'ended';

export type VacancyCompany = {
  name: string;
  slug: string;
  verified: boolean;
  /** An http(s) URL, or null. */
  website: string | null;
  /** Markdown. */
  description: string;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  industry: Industry;
  /** The uploaded logo's hash (lib/companies/logo-url.ts), or null. */
  logoHash: string | null;
};

export type VacancyApply =
  | { mode: Extract<ApplyMode, 'form'> }
  | { mode: Extract<ApplyMode, 'url'>; url: string }
  | { mode: Extract<ApplyMode, 'email'>; email: string };

/** Everything the vacancy page shows; the card fields come first so the page can reuse card code. */
export type VacancyDetail = VacancyCardData & {
  state: VacancyPublicState;
  /** Markdown. */
  description: string;
  company: VacancyCompany;
  shiftsPerWeek: number | null;
  hoursPerWeek: number | null;
  weekendWork: boolean;
  training: { provided: boolean; paid: boolean | null; days: number | null; note: string | null };
  kpi: { has: boolean; concurrentChats: number | null; firstResponseSec: number | null; note: string | null };
  equipment: { provided: boolean; minInternetMbps: number | null; note: string | null };
  /** ISO 3166-1 alpha-2; empty with `abroadAllowed` means any country. */
  abroadCountries: string[];
  contractTypes: ContractType[];
  /** Null when the url or email target is missing or unusable: the page then shows no apply link. */
  apply: VacancyApply | null;
  expiresAt: Date | null;
};

/** Slugs are lower-case ASCII words joined by hyphens (lib/slug.ts); anything else cannot exist. */
export const vacancySlugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

const cardSelect = {
  id: true, slug: true, title: true, locale: true, companyName: true,
  industry: true, schedule: true, employment: true, experience: true, shiftPattern: true,
  salaryFrom: true, salaryTo: true, salaryCurrency: true, salaryPeriod: true, salaryGross: true,
  salaryMinRub: true, salaryMaxRub: true,
  trainingProvided: true, voiceRequired: true, abroadAllowed: true, nightShifts: true, publishedAt: true,
  languages: { select: { language: true, level: true }, orderBy: { language: 'asc' } },
  shiftSlots: { select: { startMinute: true, endMinute: true, timeZone: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.VacancySelect;

export const detailSelect = {
  ...cardSelect,
  status: true, description: true, expiresAt: true,
  shiftsPerWeek: true, hoursPerWeek: true, weekendWork: true,
  trainingPaid: true, trainingDays: true, trainingNote: true,
  hasKpi: true, kpiConcurrentChats: true, kpiFirstResponseSec: true, kpiNote: true,
  equipmentProvided: true, minInternetMbps: true, equipmentNote: true,
  abroadCountries: true, contractTypes: true, applyMode: true, applyUrl: true, applyEmail: true,
  company: {
    select: {
      name: true, slug: true, verifiedAt: true, website: true, description: true,
      country: true, industry: true, blockedAt: true, logoHash: true,
    },
  },
} satisfies Prisma.VacancySelect;

type CardRow = Prisma.VacancyGetPayload<{ select: typeof cardSelect }>;
export type DetailRow = Prisma.VacancyGetPayload<{ select: typeof detailSelect }>;

function toCard(card: CardRow, company: { slug: string; verifiedAt: Date | null }): VacancyCardData {
  const row = classified(card);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    locale: row.locale,
    companyName: row.companyName,
    companySlug: company.slug,
    companyVerified: company.verifiedAt !== null,
    industry: row.industry,
    schedule: row.schedule,
    employment: row.employment,
    experience: row.experience,
    shiftPattern: row.shiftPattern,
    slots: row.shiftSlots.map((s) => ({ start: s.startMinute, end: s.endMinute, timeZone: s.timeZone })),
    languages: row.languages.map((l) => ({ language: l.language, level: l.level })),
    salary: toSalaryInfo(row),
    trainingProvided: row.trainingProvided,
    voiceRequired: row.voiceRequired,
    abroadAllowed: row.abroadAllowed,
    nightShifts: row.nightShifts,
    // Only published (or formerly published) vacancies reach here, and they all have a date.
    publishedAt: row.publishedAt ?? new Date(0),
  };
}

/** Mirrors openVacancyWhere(); anything not public at all is null, which the page turns into a 404. */
function publicState(row: DetailRow, now: Date): VacancyPublicState | null {
  if (row.company.blockedAt !== null) return null;
  if (row.status === 'closed' || row.status === 'expired') return 'ended';
  if (row.status !== 'published') return null;
  // The expiry job may not have run yet: past expiresAt it is over, whatever the status says.
  return row.expiresAt !== null && row.expiresAt > now ? 'open' : 'ended';
}

// Targets come from employers: only web links and plain addresses become hrefs (no javascript: or header injection).
const webUrl = z.url({ protocol: /^https?$/ });
const emailAddress = z.email();

function toApply(row: DetailRow): VacancyApply | null {
  if (row.applyMode === 'form') return { mode: 'form' };
  if (row.applyMode === 'url') {
    const url = webUrl.safeParse(row.applyUrl);
    return url.success ? { mode: 'url', url: url.data } : null;
  }
  const email = emailAddress.safeParse(row.applyEmail);
  return email.success ? { mode: 'email', email: email.data } : null;
}

/** The one row → VacancyDetail mapping; the employer's preview reuses it with its own state. */
export function toVacancyDetail(row: DetailRow, state: VacancyPublicState): VacancyDetail {
  return {
    ...toCard(row, row.company),
    state,
    description: row.description,
    company: {
      name: row.company.name,
      slug: row.company.slug,
      verified: row.company.verifiedAt !== null,
      website: webUrl.safeParse(row.company.website).data ?? null,
      description: row.company.description,
      country: row.company.country,
      industry: row.company.industry,
      logoHash: row.company.logoHash,
    },
    shiftsPerWeek: row.shiftsPerWeek?.toNumber() ?? null,
    hoursPerWeek: row.hoursPerWeek,
    weekendWork: row.weekendWork,
    training: { provided: row.trainingProvided, paid: row.trainingPaid, days: row.trainingDays, note: row.trainingNote },
    kpi: { has: row.hasKpi, concurrentChats: row.kpiConcurrentChats, firstResponseSec: row.kpiFirstResponseSec, note: row.kpiNote },
    equipment: { provided: row.equipmentProvided, minInternetMbps: row.minInternetMbps, note: row.equipmentNote },
    abroadCountries: row.abroadCountries,
    contractTypes: row.contractTypes,
    apply: toApply(row),
    expiresAt: row.expiresAt,
  };
}

/**
 * The public vacancy page's data, or null for an invalid slug, an unknown one, or a vacancy the public
 * must not see (draft, pending, rejected, removed, blocked company). Cached per request (metadata and page
 * share it) and in the catalogue cache (decision 023): every change that can alter this answer moves the
 * catalogue's epoch — a published vacancy's row, languages or slots, any company row, the moment an open
 * vacancy expires. Only published ads' pages are kept (readVacancyPage says why).
 */
export const getVacancyPage = cache(async (slug: string): Promise<VacancyDetail | null> => {
  const parsed = vacancySlugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const now = new Date();
  const found = await cachedCatalogueRead('vacancy', parsed.data, now, () => readVacancyPage(parsed.data, now), (page) => page.kept);
  return found.detail;
});

/** getVacancyPage without either cache, and whether its answer may be kept (benchmarks, tests). */
export async function readVacancyPage(slug: string, now: Date): Promise<{ detail: VacancyDetail | null; kept: boolean }> {
  const row = await db.vacancy.findUnique({ where: { slug }, select: detailSelect });
  // Only published ads' pages are kept: every change to them moves the epoch. Unknown slugs are not (a crawler
  // of made-up addresses would fill the cache with nothing), nor closed ads (their edits move no epoch).
  if (!row) return { detail: null, kept: false };
  const state = publicState(row, now);
  if (!state) return { detail: null, kept: false };
  return { detail: toVacancyDetail(row, state), kept: row.status === 'published' };
}

// Enough recent candidates to find good matches without ranking the whole industry.
const SIMILAR_CANDIDATES = 48;

/**
 * Open vacancies of the same industry, excluding `vacancy` itself: same schedule and a shared support language
 * first, then same schedule, then a shared language, then the rest; newest first within each group.
 */
export function getSimilarVacancies(
  vacancy: Pick<VacancyCardData, 'id' | 'industry' | 'schedule' | 'languages'>,
  limit = 4,
): Promise<VacancyCardData[]> {
  // Open vacancies only: each of their changes moves the catalogue's epoch (decision 023).
  const key = [vacancy.id, vacancy.industry, vacancy.schedule, vacancy.languages.map((l) => l.language), limit];
  return cachedCatalogueRead('similar', key, new Date(), () => readSimilarVacancies(vacancy, limit));
}

/** getSimilarVacancies without the catalogue cache (benchmarks). */
export async function readSimilarVacancies(
  vacancy: Pick<VacancyCardData, 'id' | 'industry' | 'schedule' | 'languages'>,
  limit: number,
): Promise<VacancyCardData[]> {
  const rows = await db.vacancy.findMany({
    where: { ...openVacancyWhere(), industry: vacancy.industry, id: { not: vacancy.id } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: Math.max(limit, SIMILAR_CANDIDATES),
    select: { ...cardSelect, company: { select: { slug: true, verifiedAt: true } } },
  });

  const languages = new Set(vacancy.languages.map((l) => l.language));
  const score = (row: CardRow) =>
    (row.schedule === vacancy.schedule ? 2 : 0) + (row.languages.some((l) => languages.has(l.language)) ? 1 : 0);

  return rows
    .map((row, index) => ({ row, index, score: score(row) }))
    // Array.prototype.sort is stable, but the index makes "newest first among equals" explicit.
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ row }) => toCard(row, row.company));
}
