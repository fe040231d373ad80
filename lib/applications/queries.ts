import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { likePattern } from '@/lib/vacancies/dashboard-queries';
import { APPLICATION_STATUSES, type ApplicationStatus, type Experience, type LanguageLevel } from '@/lib/vocabularies';
import { PAGE_SIZE, type ApplicationFilters, type NoticeMode } from './pipeline-schemas';

// The employer's reads of applications. Every function takes the actor and only ever sees applications
// to vacancies of the actor's companies (HOUSE_STYLE rule 3); a foreign or guessed id looks like an unknown one.
// Erased applications (the retention job wiped their personal data) come back without any candidate field.

export type PipelineActor = Pick<CurrentUser, 'id' | 'companies'>;
const Id = z.uuid();
const EXPORT_LIMIT = 10_000;

export type ApplicationListItem = {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  status: ApplicationStatus;
  createdAt: Date;
  /** null when erased. */
  name: string | null;
  email: string | null;
  erased: boolean;
};

export type ApplicationList = { items: ApplicationListItem[]; total: number; page: number; pageCount: number };
export type StatusCounts = Record<ApplicationStatus, number> & { all: number };
export type ListFilters = Pick<ApplicationFilters, 'status' | 'vacancy' | 'q'>;

const companyIds = (actor: PipelineActor) => actor.companies.map((c) => c.id);

/** The WHERE of every list-like query; `withStatus: false` for the counts of the status chips. */
function whereSql(ids: string[], f: Partial<ListFilters>, withStatus = true): Prisma.Sql {
  const parts = [Prisma.sql`v."companyId" = ANY(${ids}::uuid[])`];
  if (f.vacancy) parts.push(Prisma.sql`a."vacancyId" = ${f.vacancy}::uuid`);
  if (withStatus && f.status?.length) parts.push(Prisma.sql`a.status::text = ANY(${f.status}::text[])`);
  if (f.q) {
    const p = likePattern(f.q);
    parts.push(Prisma.sql`a."erasedAt" IS NULL AND (a.name ILIKE ${p} ESCAPE '\\' OR a.email ILIKE ${p} ESCAPE '\\' OR a."coverMessage" ILIKE ${p} ESCAPE '\\')`);
  }
  return Prisma.join(parts, ' AND ');
}

type ListRow = { id: string; vacancyId: string; vacancyTitle: string; status: ApplicationStatus; name: string; email: string; createdAt: Date; erasedAt: Date | null };

function toListItem(r: ListRow): ApplicationListItem {
  const erased = r.erasedAt !== null;
  return {
    id: r.id, vacancyId: r.vacancyId, vacancyTitle: r.vacancyTitle, status: r.status, createdAt: r.createdAt,
    name: erased ? null : r.name, email: erased ? null : r.email, erased,
  };
}

/** One page (25 rows) of the actor's applications, newest first, with the total; a page past the end shows the last. */
export async function getApplications(actor: PipelineActor, filters: ListFilters & { page?: number }): Promise<ApplicationList> {
  const ids = companyIds(actor);
  if (!ids.length) return { items: [], total: 0, page: 1, pageCount: 1 };
  const where = whereSql(ids, filters);
  const [{ n: total } = { n: 0 }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM applications a JOIN vacancies v ON v.id = a."vacancyId" WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db.$queryRaw<ListRow[]>`
    SELECT a.id::text AS id, a."vacancyId"::text AS "vacancyId", v.title AS "vacancyTitle", a.status::text AS status,
           a.name, a.email, a."createdAt", a."erasedAt"
    FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
    WHERE ${where}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  return { items: rows.map(toListItem), total, page, pageCount };
}

/** Counts per status for the filter chips: the vacancy and search filters apply, the status filter does not. */
export async function getApplicationStatusCounts(actor: PipelineActor, filters: Partial<ListFilters> = {}): Promise<StatusCounts> {
  const counts = Object.fromEntries([...APPLICATION_STATUSES, 'all'].map((s) => [s, 0])) as StatusCounts;
  const ids = companyIds(actor);
  if (!ids.length) return counts;
  const rows = await db.$queryRaw<{ status: ApplicationStatus; n: number }[]>`
    SELECT a.status::text AS status, count(*)::int AS n
    FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
    WHERE ${whereSql(ids, filters, false)} GROUP BY 1`;
  for (const r of rows) {
    counts[r.status] = r.n;
    counts.all += r.n;
  }
  return counts;
}

// ---- The board --------------------------------------------------------------------------------

/** Cards shown per column; the rest are a link to the list filtered by that status. */
export const BOARD_COLUMN_LIMIT = 50;

export type BoardCard = ApplicationListItem & { unread: boolean };
export type BoardColumn = { status: ApplicationStatus; total: number; cards: BoardCard[] };

/**
 * The board: one column per status (only the filtered statuses when the status filter is set), each with
 * its newest BOARD_COLUMN_LIMIT cards and its total; the vacancy and search filters apply as on the list.
 */
export async function getApplicationBoard(actor: PipelineActor, filters: ListFilters): Promise<BoardColumn[]> {
  const statuses = filters.status.length ? APPLICATION_STATUSES.filter((s) => filters.status.includes(s)) : [...APPLICATION_STATUSES];
  const ids = companyIds(actor);
  if (!ids.length) return statuses.map((status) => ({ status, total: 0, cards: [] }));
  const rows = await db.$queryRaw<(ListRow & { total: number })[]>`
    SELECT id, "vacancyId", "vacancyTitle", status, name, email, "createdAt", "erasedAt", total FROM (
      SELECT a.id::text AS id, a."vacancyId"::text AS "vacancyId", v.title AS "vacancyTitle", a.status::text AS status,
             a.name, a.email, a."createdAt", a."erasedAt",
             row_number() OVER (PARTITION BY a.status ORDER BY a."createdAt" DESC, a.id DESC) AS n,
             (count(*) OVER (PARTITION BY a.status))::int AS total
      FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
      WHERE ${whereSql(ids, filters)}
    ) ranked
    WHERE n <= ${BOARD_COLUMN_LIMIT}
    ORDER BY "createdAt" DESC, id DESC`;
  return statuses.map((status) => {
    const mine = rows.filter((r) => r.status === status);
    return { status, total: mine[0]?.total ?? 0, cards: mine.map((r) => ({ ...toListItem(r), unread: r.status === 'new' })) };
  });
}

// ---- Next and previous on the application page ----------------------------------------------

export type ApplicationNeighbours = {
  previous: string | null;
  next: string | null;
  /** 1-based place in the filtered list, and its size; position is null when the application no longer matches. */
  position: number | null;
  total: number;
};

/**
 * The applications before and after one of the actor's, in the list's order (newest first) under the list's
 * filters; null for anything not the actor's. Works even when the application itself left the filter (opening
 * a new one marks it viewed), so "next" in a list of new applications walks through them.
 */
export async function getApplicationNeighbours(actor: PipelineActor, id: string, filters: ListFilters): Promise<ApplicationNeighbours | null> {
  const ids = companyIds(actor);
  if (!ids.length || !Id.safeParse(id).success) return null;
  const where = whereSql(ids, filters);
  // The current row's time is compared inside SQL: a JavaScript Date would drop its microseconds.
  const [row] = await db.$queryRaw<{ matches: boolean; previous: string | null; next: string | null; before: number; total: number }[]>`
    WITH cur AS (
      SELECT a."createdAt" AS at, a.id, (${where}) AS matches
      FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
      WHERE a.id = ${id}::uuid AND v."companyId" = ANY(${ids}::uuid[])
    )
    SELECT cur.matches,
      (SELECT a.id::text FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
        WHERE ${where} AND (a."createdAt", a.id) > (cur.at, cur.id)
        ORDER BY a."createdAt" ASC, a.id ASC LIMIT 1) AS previous,
      (SELECT a.id::text FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
        WHERE ${where} AND (a."createdAt", a.id) < (cur.at, cur.id)
        ORDER BY a."createdAt" DESC, a.id DESC LIMIT 1) AS next,
      (SELECT count(*)::int FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
        WHERE ${where} AND (a."createdAt", a.id) > (cur.at, cur.id)) AS before,
      (SELECT count(*)::int FROM applications a JOIN vacancies v ON v.id = a."vacancyId" WHERE ${where}) AS total
    FROM cur`;
  if (!row) return null;
  return { previous: row.previous, next: row.next, position: row.matches ? row.before + 1 : null, total: row.total };
}

export type ApplicationVacancyOption = { id: string; title: string; applications: number };

/** Vacancies for the list's vacancy select: those with applications, plus the selected one. */
export async function getApplicationVacancyOptions(actor: PipelineActor, selected?: string): Promise<ApplicationVacancyOption[]> {
  const ids = companyIds(actor);
  if (!ids.length) return [];
  const keep = selected && Id.safeParse(selected).success ? [{ id: selected }] : [];
  const rows = await db.vacancy.findMany({
    where: { companyId: { in: ids }, OR: [{ applications: { some: {} } }, ...keep] },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, title: true, _count: { select: { applications: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, applications: r._count.applications }));
}

/** The number of applications to one of the actor's vacancies, or null for anything else. */
export async function countVacancyApplications(actor: PipelineActor, vacancyId: string): Promise<number | null> {
  if (!Id.safeParse(vacancyId).success) return null;
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, companyId: { in: companyIds(actor) } },
    select: { _count: { select: { applications: true } } },
  });
  return vacancy ? vacancy._count.applications : null;
}

export type CandidateLanguage = { language: string; level: LanguageLevel | string };

export type Candidate = {
  name: string;
  email: string;
  phone: string | null;
  telegram: string | null;
  languages: CandidateLanguage[];
  experience: Experience | null;
  preferredShifts: string | null;
  coverMessage: string;
  cvUrl: string | null;
  /** The uploaded CV, for the download link (`/api/employer/applications/[id]/cv`). */
  cvFile: { name: string; contentType: string; size: number } | null;
  consentAt: Date;
  consentVersion: string;
};

export type ApplicationNoteView = { id: string; body: string; createdAt: Date; authorName: string | null };

export type ApplicationDetail = {
  id: string;
  status: ApplicationStatus;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
  erasedAt: Date | null;
  vacancy: { id: string; title: string; locale: 'ru' | 'en'; companyName: string };
  /** null when erased: nothing personal is left to show. */
  candidate: Candidate | null;
  notes: ApplicationNoteView[];
};

/** `[{ language, level }]` as stored; anything malformed is skipped rather than trusted. */
export function parseLanguages(value: unknown): CandidateLanguage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { language, level } = item as Record<string, unknown>;
    return typeof language === 'string' && typeof level === 'string' ? [{ language, level }] : [];
  });
}

/** One application of the actor's companies with its vacancy and private notes, or null. */
export async function getApplicationDetail(actor: PipelineActor, id: string): Promise<ApplicationDetail | null> {
  if (!Id.safeParse(id).success) return null;
  const a = await db.application.findFirst({
    where: { id, vacancy: { companyId: { in: companyIds(actor) } } },
    select: {
      id: true, status: true, createdAt: true, updatedAt: true, withdrawnAt: true, erasedAt: true,
      name: true, email: true, phone: true, telegram: true, languages: true, experience: true, preferredShifts: true,
      coverMessage: true, cvUrl: true, consentAt: true, consentVersion: true,
      cvFileName: true, cvFile: { select: { contentType: true, size: true } },
      vacancy: { select: { id: true, title: true, locale: true, company: { select: { name: true } } } },
      notes: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!a) return null;
  return {
    id: a.id, status: a.status, createdAt: a.createdAt, updatedAt: a.updatedAt, withdrawnAt: a.withdrawnAt, erasedAt: a.erasedAt,
    vacancy: { id: a.vacancy.id, title: a.vacancy.title, locale: a.vacancy.locale === 'en' ? 'en' : 'ru', companyName: a.vacancy.company.name },
    candidate: a.erasedAt
      ? null
      : {
          name: a.name, email: a.email, phone: a.phone, telegram: a.telegram, languages: parseLanguages(a.languages),
          experience: a.experience, preferredShifts: a.preferredShifts, coverMessage: a.coverMessage, cvUrl: a.cvUrl,
          cvFile: a.cvFile && { name: a.cvFileName ?? 'cv', contentType: a.cvFile.contentType, size: a.cvFile.size },
          consentAt: a.consentAt, consentVersion: a.consentVersion,
        },
    notes: a.notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, authorName: n.author?.name ?? null })),
  };
}

/** The stored CV of one of the actor's applications, for its download; null when there is none, it was erased, or it is not theirs. */
export async function getApplicationCvFile(actor: PipelineActor, id: string): Promise<{ fileId: string; name: string } | null> {
  if (!Id.safeParse(id).success) return null;
  const a = await db.application.findFirst({
    where: { id, erasedAt: null, cvFileId: { not: null }, vacancy: { companyId: { in: companyIds(actor) } } },
    select: { cvFileId: true, cvFileName: true },
  });
  return a?.cvFileId ? { fileId: a.cvFileId, name: a.cvFileName ?? 'cv' } : null;
}

export type ExportRow = ApplicationListItem & {
  phone: string | null;
  telegram: string | null;
  languages: CandidateLanguage[];
  experience: Experience | null;
  preferredShifts: string | null;
  coverMessage: string | null;
  cvUrl: string | null;
};

/**
 * Every application matching the filters (up to 10 000), for the CSV export; null when the actor has no
 * company or the `vacancy` filter is not one of theirs, which the route answers with a 404.
 */
export async function getApplicationsForExport(actor: PipelineActor, filters: Partial<ListFilters>): Promise<ExportRow[] | null> {
  const ids = companyIds(actor);
  if (!ids.length) return null;
  if (filters.vacancy && (await countVacancyApplications(actor, filters.vacancy)) === null) return null;
  const rows = await db.$queryRaw<(ListRow & Omit<ExportRow, keyof ApplicationListItem>)[]>`
    SELECT a.id::text AS id, a."vacancyId"::text AS "vacancyId", v.title AS "vacancyTitle", a.status::text AS status,
           a.name, a.email, a."createdAt", a."erasedAt", a.phone, a.telegram, a.languages, a.experience::text AS experience,
           a."preferredShifts", a."coverMessage", a."cvUrl"
    FROM applications a JOIN vacancies v ON v.id = a."vacancyId"
    WHERE ${whereSql(ids, filters)}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${EXPORT_LIMIT}`;
  return rows.map((r) => {
    const item = toListItem(r);
    const keep = <T>(value: T) => (item.erased ? null : value);
    return {
      ...item,
      phone: keep(r.phone), telegram: keep(r.telegram), languages: item.erased ? [] : parseLanguages(r.languages),
      experience: keep(r.experience), preferredShifts: keep(r.preferredShifts), coverMessage: keep(r.coverMessage), cvUrl: keep(r.cvUrl),
    };
  });
}

/** The actor's own choice: a mail per application, or one daily digest. */
export async function getNoticePreference(actor: Pick<PipelineActor, 'id'>): Promise<NoticeMode> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { applicationNotices: true } });
  return user?.applicationNotices ?? 'immediate';
}
