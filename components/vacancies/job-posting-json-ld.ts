import type { VacancyCardData } from '@/lib/vacancies/types';
import type { ApplyMode, Employment, Experience, SalaryPeriod } from '@/lib/vocabularies';

/** What the builder needs; the vacancy page's data (lib/vacancies/detail-queries.ts) fits it. */
export type JobPostingSource = Pick<VacancyCardData, 'id' | 'title' | 'employment' | 'experience' | 'salary' | 'publishedAt' | 'abroadAllowed'> & {
  /** Markdown. */
  description: string;
  expiresAt: Date | null;
  abroadCountries: readonly string[];
  apply: { mode: ApplyMode } | null;
  company: { name: string; website: string | null; country: string | null };
};

export type JobPostingContext = {
  /** Absolute canonical URL of the vacancy page. */
  url: string;
  /** The industry's label in the page's language. */
  industry: string;
};

type Country = { '@type': 'Country'; name: string };

export type JobPostingJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  description: string;
  url: string;
  identifier: { '@type': 'PropertyValue'; name: 'ChatShift'; value: string };
  datePosted: string;
  validThrough?: string;
  employmentType: 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR';
  hiringOrganization: { '@type': 'Organization'; name: string; sameAs?: string };
  jobLocationType: 'TELECOMMUTE';
  applicantLocationRequirements: Country[];
  baseSalary?: {
    '@type': 'MonetaryAmount';
    currency: string;
    value: { '@type': 'QuantitativeValue'; minValue?: number; maxValue?: number; unitText: 'MONTH' | 'HOUR' | 'DAY' };
  };
  directApply: boolean;
  experienceRequirements:
    | 'no requirements'
    | { '@type': 'OccupationalExperienceRequirements'; monthsOfExperience: number };
  industry: string;
};

const EMPLOYMENT_TYPES: Record<Employment, JobPostingJsonLd['employmentType']> = {
  full: 'FULL_TIME',
  part: 'PART_TIME',
  project: 'CONTRACTOR',
};

// A shift is paid per working day, so schema.org's DAY is the nearest unit.
const UNIT_TEXT: Record<SalaryPeriod, 'MONTH' | 'HOUR' | 'DAY'> = { month: 'MONTH', hour: 'HOUR', shift: 'DAY' };

// The lower bound of each hh.ru bracket, in months.
const MONTHS_OF_EXPERIENCE: Record<Exclude<Experience, 'noExperience'>, number> = {
  between1And3: 12,
  between3And6: 36,
  moreThan6: 72,
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function country(code: string): Country {
  let name = code;
  try {
    name = regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    // A malformed code is kept as it is rather than dropped.
  }
  return { '@type': 'Country', name };
}

/**
 * Where Russian-speaking chat support is hired from when an ad allows any country: the CIS countries and
 * Georgia (ISO 3166-1). Google requires a stated location for every TELECOMMUTE posting, so "anywhere"
 * is written out as this list (plus the company's own country) — see docs/decisions/019.
 */
export const USUAL_HIRING_COUNTRIES = ['RU', 'KZ', 'BY', 'UZ', 'KG', 'AM', 'GE', 'AZ', 'TJ', 'MD'] as const;
/** A company without a country is taken to hire where the board's market is. */
const DEFAULT_COUNTRY = 'RU';

/**
 * Where applicants may live, always stated: the company's country (RU when unknown), plus the listed
 * countries when work from abroad is allowed, or the usual hiring countries when it is allowed without a list.
 */
export function applicantLocations(source: Pick<JobPostingSource, 'abroadAllowed' | 'abroadCountries' | 'company'>): Country[] {
  const codes = new Set<string>([(source.company.country ?? DEFAULT_COUNTRY).toUpperCase()]);
  if (source.abroadAllowed) {
    const listed = source.abroadCountries.length ? source.abroadCountries : USUAL_HIRING_COUNTRIES;
    for (const code of listed) codes.add(code.toUpperCase());
  }
  return [...codes].map(country);
}

function baseSalary(salary: JobPostingSource['salary']): JobPostingJsonLd['baseSalary'] {
  if (!salary || (salary.from === null && salary.to === null)) return undefined;
  return {
    '@type': 'MonetaryAmount',
    currency: salary.currency,
    value: {
      '@type': 'QuantitativeValue',
      ...(salary.from !== null && { minValue: salary.from }),
      ...(salary.to !== null && { maxValue: salary.to }),
      unitText: UNIT_TEXT[salary.period],
    },
  };
}

/** Candidates apply on the vacancy page itself in `form` mode (app/[locale]/vacancies/[slug]/_components/apply-form.tsx). */
export const ON_SITE_APPLY_AVAILABLE = true;

/** schema.org JobPosting for an open vacancy (Google's job search reads it); never for ended ones. */
export function buildJobPostingJsonLd(source: JobPostingSource, context: JobPostingContext): JobPostingJsonLd {
  const locations = applicantLocations(source);
  const salary = baseSalary(source.salary);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: source.title,
    description: markdownToHtml(source.description),
    url: context.url,
    identifier: { '@type': 'PropertyValue', name: 'ChatShift', value: source.id },
    datePosted: source.publishedAt.toISOString(),
    ...(source.expiresAt && { validThrough: source.expiresAt.toISOString() }),
    employmentType: EMPLOYMENT_TYPES[source.employment],
    hiringOrganization: {
      '@type': 'Organization',
      name: source.company.name,
      ...(source.company.website && { sameAs: source.company.website }),
    },
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: locations,
    ...(salary && { baseSalary: salary }),
    // Only the on-site form (mode `form`) is a direct apply; a link out or an email is not.
    directApply: ON_SITE_APPLY_AVAILABLE && source.apply?.mode === 'form',
    experienceRequirements:
      source.experience === 'noExperience'
        ? 'no requirements'
        : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: MONTHS_OF_EXPERIENCE[source.experience] },
    industry: context.industry,
  };
}

// ───── Markdown as plain text and minimal HTML (JSON-LD and meta descriptions need no full renderer) ─────

export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** Inline Markdown reduced to its words: links and images keep their text, markup and raw HTML go. */
function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs, headings and lists of a Markdown text, inline markup removed. */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: Extract<TextBlock, { kind: 'list' }> | null = null;
  const flush = () => {
    const text = plainInline(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (/^\s*$/.test(line)) {
      // A blank line ends a paragraph but not a list: loose lists stay one list.
      flush();
    } else if (/^\s*(```|~~~)/.test(line) || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(line)) {
      flush();
      list = null;
    } else if (heading) {
      flush();
      list = null;
      const text = plainInline(heading[1] ?? '');
      if (text) blocks.push({ kind: 'heading', text });
    } else if (item) {
      flush();
      const ordered = /\d/.test(item[1] ?? '');
      if (!list || list.ordered !== ordered) {
        list = { kind: 'list', ordered, items: [] };
        blocks.push(list);
      }
      list.items.push(plainInline(item[2] ?? ''));
    } else if (list && paragraph.length === 0 && /^\s+\S/.test(line)) {
      const last = list.items.length - 1;
      list.items[last] = plainInline(`${list.items[last] ?? ''} ${line}`);
    } else {
      list = null;
      paragraph.push(line.replace(/^\s*>\s?/, '').replace(/\|/g, ' '));
    }
  }
  flush();
  return blocks;
}

export function markdownToPlainText(markdown: string): string {
  return markdownBlocks(markdown)
    .map((b) => (b.kind === 'list' ? b.items.map((i) => `• ${i}`).join('\n') : b.text))
    .join('\n\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped HTML with only p, h3, ul/ol and li: the tags Google's job search renders. */
export function markdownToHtml(markdown: string): string {
  return markdownBlocks(markdown)
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${escapeHtml(b.text)}</p>`;
      if (b.kind === 'heading') return `<h3>${escapeHtml(b.text)}</h3>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
    })
    .join('');
}
