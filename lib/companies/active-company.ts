import '@/lib/zod-setup';
import { z } from 'zod';

// The company a person works in when they belong to several ("the active company"): a cookie names it,
// and it only ever counts when the person is a member of that company, checked on every read and on every switch.

export const ACTIVE_COMPANY_COOKIE = 'cs-company';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const activeCompanyCookieOptions = (https: boolean) =>
  ({ path: '/', maxAge: ONE_YEAR_SECONDS, httpOnly: true, sameSite: 'lax', secure: https }) as const;

type Membership = { id: string };

/** The company the cookie names when the person is its member, else their first company; null without any. */
export function pickActiveCompany<C extends Membership>(companies: readonly C[], wanted: string | undefined | null): C | null {
  return companies.find((c) => c.id === wanted) ?? companies[0] ?? null;
}

export const SwitchCompanySchema = z.object({ companyId: z.uuid() });

export type SwitchOutcome = { ok: true; companyId: string } | { ok: false; error: 'invalid' | 'notMember' };

/** Whether the person may switch to the posted company: a well-formed id of one of their own companies. */
export function chooseActiveCompany(actor: { companies: readonly Membership[] }, input: unknown): SwitchOutcome {
  const parsed = SwitchCompanySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const own = actor.companies.find((c) => c.id === parsed.data.companyId);
  return own ? { ok: true, companyId: own.id } : { ok: false, error: 'notMember' };
}
