import '@/lib/zod-setup';
import { z } from 'zod';
import { isCountryCode } from '@/lib/countries';
import { INDUSTRIES, MEMBER_ROLES } from '@/lib/vocabularies';
import { COMPANY_BENEFITS, COMPANY_SIZES, CUSTOM_BENEFIT_LENGTH, CUSTOM_BENEFITS_MAX, LOGO_MAX_BYTES } from './vocabulary';

const E = (key: string) => `companyForm.errors.${key}`;
/** Messages of the profile's newer fields (messages/pages/company.*.json). */
const P = (key: string) => `company.form.errors.${key}`;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i;
/** "example.com/x" means https://example.com/x; an address with another scheme is left to fail. */
const withHttps = (v: unknown) => (typeof v === 'string' && v.trim() && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim()) ? `https://${v.trim().replace(/^\/\//, '')}` : v);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** An https link to a host `hostname` matches, with a path beyond "/" when `needsPath` (a channel, not the site). */
function httpsLink(hostname: RegExp, message: string, { needsPath = false, shorthand }: { needsPath?: boolean; shorthand?: (v: string) => string | null } = {}) {
  return z.preprocess(
    (v) => {
      const value = blank(v);
      if (typeof value !== 'string') return value;
      return withHttps(shorthand?.(value.trim()) ?? value.trim());
    },
    z
      .string()
      .max(300, E('tooLong'))
      .refine((value) => {
        const url = parseUrl(value);
        return !!url && url.protocol === 'https:' && hostname.test(url.hostname) && !url.username && !url.password && (!needsPath || url.pathname.length > 1);
      }, message)
      .optional(),
  );
}

/** One benefit per line; list markers people paste are dropped, control characters too. */
const customBenefits = z
  .string()
  .max(CUSTOM_BENEFITS_MAX * (CUSTOM_BENEFIT_LENGTH + 10), P('benefitsTooLong'))
  .default('')
  .transform((text, ctx) => {
    const lines = text
      .split(/\r?\n/)
      .map((line) => line.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/^\s*(?:[-*•—–]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length > CUSTOM_BENEFITS_MAX) ctx.addIssue({ code: 'custom', message: P('benefitsTooMany') });
    if (lines.some((line) => line.length > CUSTOM_BENEFIT_LENGTH)) ctx.addIssue({ code: 'custom', message: P('benefitTooLong') });
    return [...new Set(lines)];
  });

export const CompanyProfileSchema = z.object({
  name: z.string().trim().min(2, E('nameRequired')).max(120, E('tooLong')),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, E('slug')),
  website: httpsLink(DOMAIN, P('website')),
  telegramUrl: httpsLink(/^(?:t|telegram)\.me$/i, P('telegram'), {
    needsPath: true,
    shorthand: (v) => (/^@[A-Za-z0-9_]{4,32}$/.test(v) ? `https://t.me/${v.slice(1)}` : null),
  }),
  vkUrl: httpsLink(/^(?:m\.)?vk\.(?:com|ru)$/i, P('vk'), { needsPath: true }),
  /** Reply-To of the mail candidates get from the company (invitations, decisions). */
  contactEmail: z.preprocess(blank, z.string().trim().toLowerCase().max(254, E('tooLong')).pipe(z.email(E('email'))).optional()),
  description: z.string().trim().max(5_000, E('tooLong')).default(''),
  industry: z.enum(INDUSTRIES, { error: E('choose') }),
  size: z.preprocess(blank, z.enum(COMPANY_SIZES, { error: E('choose') }).optional()),
  // Checkboxes: none ticked sends nothing, one sends a string, several an array.
  benefits: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(COMPANY_BENEFITS, { error: E('choose') })).max(COMPANY_BENEFITS.length),
  ),
  customBenefits,
  legalName: z.preprocess(blank, z.string().trim().max(200, E('tooLong')).optional()),
  taxId: z.preprocess(blank, z.string().trim().regex(/^[A-Za-z0-9-]{5,20}$/, E('taxId')).optional()),
  country: z.preprocess(blank, z.string().trim().toUpperCase().refine(isCountryCode, P('country')).optional()),
});

/** The logo form, checked in the browser before sending; the server then judges the bytes (logo.server.ts). */
export const LogoUploadSchema = z.object({
  logo: z
    .custom<Blob>((v) => v instanceof Blob && v.size > 0, P('logo.missing'))
    .refine((file) => file.size <= LOGO_MAX_BYTES, P('logo.tooLarge')),
});

export type CompanyProfileInput = z.infer<typeof CompanyProfileSchema>;

export const InviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email(E('email'))),
  role: z.enum(MEMBER_ROLES, { error: E('choose') }).default('member'),
});

/** One membership change from the team list: ids are checked against the actor's companies by member.server.ts. */
export const MembershipChangeSchema = z.object({
  companyId: z.string().max(100),
  userId: z.string().max(100).default(''),
  operation: z.enum(['remove', 'makeOwner', 'makeMember', 'leave']),
});
