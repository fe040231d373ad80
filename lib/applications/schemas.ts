import '@/lib/zod-setup';
import { z } from 'zod';
import { safeFileName } from '@/lib/storage/file-name';
import { detectDocumentKind, DOCUMENT_KINDS, type DocumentKind } from '@/lib/storage/file-type';
import { CV_MAX_BYTES } from './apply-limits';
import { EXPERIENCES, LANGUAGE_LEVELS, LANGUAGES, type LanguageCode, type LanguageLevel } from '@/lib/vocabularies';

// The candidate's application form, shared by the browser and the action. Messages are keys under `apply.errors`.
const E = (key: string) => `apply.errors.${key}`;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Bump when the consent text in messages/pages/apply.*.json changes; each application stores the version it agreed to. */
export const CONSENT_VERSION = '2026-12-04';
/** A person needs longer than this to fill in the form; a script does not. */
export const MIN_FILL_MS = 3_000;
/** The `startedAt` value a freshly rendered form carries. */
export const formStartedAt = (): number => Date.now();

export { APPLY_LANGUAGE_ROWS, CV_ACCEPT, CV_MAX_BYTES } from './apply-limits';

const ROWS = [1, 2, 3, 4, 5] as const;
/** Language rows the form accepts; the page renders fewer (APPLY_LANGUAGE_ROWS). */
export const MAX_LANGUAGE_ROWS = ROWS.length;
type Row = (typeof ROWS)[number];
const languageField = z.preprocess(blank, z.enum(LANGUAGES, { error: E('language') }).optional());
const levelField = z.preprocess(blank, z.enum(LANGUAGE_LEVELS, { error: E('level') }).optional());
// Flat fields (language1, level1, …) because that is what a form without JavaScript posts.
const languageRows = Object.fromEntries(ROWS.flatMap((i) => [[`language${i}`, languageField], [`level${i}`, levelField]])) as {
  [K in `language${Row}`]: typeof languageField;
} & { [K in `level${Row}`]: typeof levelField };

// Spaces, dashes, dots and brackets are how people write numbers; what counts is 7–15 digits (E.164).
const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]+$/, E('phone'))
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, E('phone'))
  .transform((v) => v.replace(/\s+/g, ' '));

// Telegram usernames: 5–32 letters, digits and underscores, starting with a letter. A t.me link is accepted too.
const telegram = z
  .string()
  .trim()
  .transform((v) => v.replace(/^(?:https?:\/\/)?(?:t\.me|telegram\.me)\//i, '').replace(/^@/, ''))
  .pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, E('telegram')))
  .transform((v) => `@${v}`);

const ApplyFieldsSchema = z.object({
  name: z.string({ error: E('nameRequired') }).trim().min(2, E('nameRequired')).max(100, E('nameTooLong')),
  email: z
    .string({ error: E('emailRequired') })
    .trim()
    .toLowerCase()
    .min(1, E('emailRequired'))
    .max(254, E('emailInvalid'))
    .pipe(z.email(E('emailInvalid'))),
  phone: z.preprocess(blank, phone.optional()),
  telegram: z.preprocess(blank, telegram.optional()),
  ...languageRows,
  experience: z.preprocess(blank, z.enum(EXPERIENCES, { error: E('experience') }).optional()),
  preferredShifts: z.preprocess(blank, z.string().trim().max(300, E('shiftsTooLong')).optional()),
  coverMessage: z.string().trim().max(2_000, E('coverTooLong')).default(''),
  cvUrl: z.preprocess(blank, z.url({ protocol: /^https?$/, error: E('cvUrl') }).max(500, E('cvUrl')).optional()),
  // An unchecked checkbox sends nothing at all.
  consent: z.enum(['on', 'true', '1'], { error: E('consentRequired') }),
  // The honeypot and the time the form was rendered; the action judges them (a filled honeypot gets no error).
  website: z.string().optional(),
  startedAt: z.coerce.number({ error: E('reload') }).int(E('reload')).positive(E('reload')),
  locale: z.enum(['ru', 'en']).catch('ru'),
});

export type ApplicationLanguage = { language: LanguageCode; level: LanguageLevel };

type Rows = { [K in `language${Row}`]?: string } & { [K in `level${Row}`]?: string };

/** Half-filled and repeated rows, reported at the row so the message appears next to it. */
function checkLanguageRows(v: Rows, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const i of ROWS) {
    const language = v[`language${i}`];
    const level = v[`level${i}`];
    if (language && !level) ctx.addIssue({ code: 'custom', path: [`level${i}`], message: E('levelMissing') });
    if (level && !language) ctx.addIssue({ code: 'custom', path: [`language${i}`], message: E('languageMissing') });
    if (language && seen.has(language)) ctx.addIssue({ code: 'custom', path: [`language${i}`], message: E('languageDuplicate') });
    if (language) seen.add(language);
  }
}

/** The flat form (languageN + levelN) checked row by row, then as the list the database stores. */
export const ApplySchema = ApplyFieldsSchema.superRefine(checkLanguageRows, {
  // Rows are checked even when other fields failed, so every mistake shows at once.
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
}).transform((v) => {
  const languages: ApplicationLanguage[] = [];
  for (const i of ROWS) {
    const language = v[`language${i}`];
    const level = v[`level${i}`];
    if (language && level) languages.push({ language, level });
  }
  return {
    name: v.name,
    email: v.email,
    phone: v.phone ?? null,
    telegram: v.telegram ?? null,
    languages,
    experience: v.experience ?? null,
    preferredShifts: v.preferredShifts ?? null,
    coverMessage: v.coverMessage,
    cvUrl: v.cvUrl ?? null,
    website: v.website ?? '',
    startedAt: v.startedAt,
    locale: v.locale,
  };
});

export type ApplyInput = z.infer<typeof ApplySchema>;

export type CvUpload = { bytes: Uint8Array; kind: DocumentKind; contentType: string; name: string };
export type CvFileResult = { ok: true; file: CvUpload | null } | { ok: false; error: string };

/**
 * The `cvFile` field: nothing chosen (no value, or the nameless empty file a browser sends) is no file; otherwise
 * at most 5 MB of PDF, DOCX, ODT or RTF by content, with a clean name. Errors are message keys under `apply.errors`.
 */
/**
 * The names an untouched file input's empty part arrives with: '' from a plain form post, 'undefined' once
 * React has re-encoded the form for an action call (seen with Chromium and Next 16.4), 'blob' from a Blob.
 */
const UNCHOSEN_FILE_NAMES = new Set(['', 'undefined', 'blob']);

export async function parseCvFile(value: unknown): Promise<CvFileResult> {
  if (value === undefined || value === null || value === '') return { ok: true, file: null };
  if (!(value instanceof Blob)) return { ok: false, error: E('cvFileType') };
  const name = 'name' in value && typeof value.name === 'string' ? value.name : '';
  if (value.size === 0) return UNCHOSEN_FILE_NAMES.has(name) ? { ok: true, file: null } : { ok: false, error: E('cvFileEmpty') };
  if (value.size > CV_MAX_BYTES) return { ok: false, error: E('cvFileTooLarge') };
  const bytes = new Uint8Array(await value.arrayBuffer());
  const kind = detectDocumentKind(bytes);
  if (!kind) return { ok: false, error: E('cvFileType') };
  return { ok: true, file: { bytes, kind, contentType: DOCUMENT_KINDS[kind].contentType, name: safeFileName(name, kind) } };
}

/** Withdraw links carry a 32-byte base64url token (lib/accounts/tokens.ts). */
export const WithdrawTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{40,50}$/);
