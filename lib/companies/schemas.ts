import '@/lib/zod-setup';
import { z } from 'zod';
import { INDUSTRIES, MEMBER_ROLES } from '@/lib/vocabularies';

const E = (key: string) => `companyForm.errors.${key}`;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const CompanyProfileSchema = z.object({
  name: z.string().trim().min(2, E('nameRequired')).max(120, E('tooLong')),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, E('slug')),
  website: z.preprocess(blank, z.url({ protocol: /^https?$/, error: E('url') }).max(300, E('tooLong')).optional()),
  /** Reply-To of the mail candidates get from the company (invitations, decisions). */
  contactEmail: z.preprocess(blank, z.string().trim().toLowerCase().max(254, E('tooLong')).pipe(z.email(E('email'))).optional()),
  logoUrl: z.preprocess(blank, z.url({ protocol: /^https$/, error: E('logoUrl') }).max(500, E('tooLong')).optional()),
  description: z.string().trim().max(5_000, E('tooLong')).default(''),
  industry: z.enum(INDUSTRIES, { error: E('choose') }),
  legalName: z.preprocess(blank, z.string().trim().max(200, E('tooLong')).optional()),
  taxId: z.preprocess(blank, z.string().trim().regex(/^[A-Za-z0-9-]{5,20}$/, E('taxId')).optional()),
  country: z.preprocess(blank, z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, E('country')).optional()),
});

export type CompanyProfileInput = z.infer<typeof CompanyProfileSchema>;

export const InviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email(E('email'))),
  role: z.enum(MEMBER_ROLES, { error: E('choose') }).default('member'),
});
