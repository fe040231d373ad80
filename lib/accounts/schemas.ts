import '@/lib/zod-setup';
import { z } from 'zod';

// One schema per form, shared by the form and the action. Messages are keys under `accounts.errors`.
const E = (key: string) => `accounts.errors.${key}`;

export const LOCALES = ['ru', 'en'] as const;
const locale = z.enum(LOCALES).catch('ru');

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, E('emailRequired'))
  .max(254, E('emailInvalid'))
  .pipe(z.email(E('emailInvalid')));

// Common passwords that pass the length and mix rules; a short list is enough to stop the obvious ones.
const COMMON = new Set(['password123', 'qwerty12345', '1234567890a', 'a1234567890', 'qwertyuiop1', 'parol12345', 'chatshift123', 'iloveyou123']);

export const newPassword = z
  .string()
  .min(10, E('passwordTooShort'))
  .max(200, E('passwordTooLong'))
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), E('passwordWeak'))
  .refine((p) => !COMMON.has(p.toLowerCase()), E('passwordCommon'));

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The secret of an invitation link (lib/accounts/tokens.ts makes them). */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{16,200}$/, E('invitationInvalid'));

/** With an invitation the account joins that company; without one it creates its own (companyName). */
export const SignUpSchema = z
  .object({
    name: z.string().trim().min(2, E('nameRequired')).max(100, E('nameTooLong')),
    email,
    password: newPassword,
    companyName: z.preprocess(blankToUndefined, z.string().trim().min(2, E('companyRequired')).max(120, E('companyTooLong')).optional()),
    invitation: z.preprocess(blankToUndefined, invitationToken.optional()),
    locale,
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split('@')[0] ?? '\u0000'), {
    path: ['password'],
    message: E('passwordContainsEmail'),
  })
  .refine((v) => v.invitation !== undefined || v.companyName !== undefined, { path: ['companyName'], message: E('companyRequired') });

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, E('passwordRequired')).max(200, E('passwordTooLong')),
  callbackUrl: z.string().optional(),
  locale,
});

export const EmailOnlySchema = z.object({ email, locale });

export const ResetPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, E('tokenInvalid')),
    password: newPassword,
    passwordConfirm: z.string(),
    locale,
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: E('passwordMismatch') });

/** Only same-site relative paths, so a sign-in link cannot send someone elsewhere. */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  return value;
}
