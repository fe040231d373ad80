import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { getVacancyCards, openVacancyWhere } from '@/lib/vacancies/queries';
import type { VacancyCardData } from '@/lib/vacancies/types';
import type { Industry } from '@/lib/vocabularies';

export type CompanyProfile = {
  slug: string;
  name: string;
  verified: boolean;
  industry: Industry;
  /** ISO 3166-1 alpha-2, or null when the company did not say. */
  country: string | null;
  website: string | null;
  /** Markdown written by the company. */
  description: string;
};

export type CompanyPage = { company: CompanyProfile; vacancies: VacancyCardData[] };

const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

/** A public company profile with its open vacancies, newest first; null for unknown or blocked companies. */
export async function getCompanyPage(slug: string): Promise<CompanyPage | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;

  const row = await db.company.findFirst({
    where: { slug: parsed.data, blockedAt: null },
    select: {
      id: true, slug: true, name: true, verifiedAt: true, industry: true, country: true, website: true, description: true,
    },
  });
  if (!row) return null;

  const open = await db.vacancy.findMany({
    where: { ...openVacancyWhere(), companyId: row.id },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: { id: true },
  });

  return {
    company: {
      slug: row.slug,
      name: row.name,
      verified: row.verifiedAt !== null,
      industry: row.industry,
      country: row.country?.trim() || null,
      website: safeWebsite(row.website),
      description: row.description,
    },
    vacancies: await getVacancyCards(open.map((v) => v.id)),
  };
}

/** Only http(s) links reach the page: the field is typed by employers. */
function safeWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
