import { describe, expect, it } from 'vitest';
import { ResetPasswordSchema, SignInSchema, SignUpSchema, safeCallbackUrl } from './schemas';

const valid = { name: 'Анна Смирнова', email: ' Anna@Shop.example ', password: 'смены2x2чат', companyName: 'Шоплайн', locale: 'ru' };
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('SignUpSchema', () => {
  it('accepts a good sign-up and normalizes the email', () => {
    const parsed = SignUpSchema.parse(valid);
    expect(parsed.email).toBe('anna@shop.example');
  });
  it.each([
    [{ password: 'short1' }, 'password', 'accounts.errors.passwordTooShort'],
    [{ password: 'onlyletterslong' }, 'password', 'accounts.errors.passwordWeak'],
    [{ password: '12345678901' }, 'password', 'accounts.errors.passwordWeak'],
    [{ password: 'Password123' }, 'password', 'accounts.errors.passwordCommon'],
    [{ password: 'anna2026chat' }, 'password', 'accounts.errors.passwordContainsEmail'],
    [{ email: 'not-an-email' }, 'email', 'accounts.errors.emailInvalid'],
    [{ email: '' }, 'email', 'accounts.errors.emailRequired'],
    [{ name: 'A' }, 'name', 'accounts.errors.nameRequired'],
    [{ companyName: '' }, 'companyName', 'accounts.errors.companyRequired'],
  ])('refuses %o with a message key at the field', (patch, field, key) => {
    expect(errorsOf(SignUpSchema.safeParse({ ...valid, ...patch }))[field]).toBe(key);
  });
  it('falls back to Russian for an unknown locale', () => {
    expect(SignUpSchema.parse({ ...valid, locale: 'xx' }).locale).toBe('ru');
  });
});

describe('other account schemas', () => {
  it('sign-in needs an email and a password', () => {
    expect(errorsOf(SignInSchema.safeParse({ email: 'a@b.example', password: '' })).password).toBe('accounts.errors.passwordRequired');
  });
  it('reset needs matching passwords and a well-formed token', () => {
    const base = { token: 'x'.repeat(43), password: 'новый2пароль', passwordConfirm: 'новый2пароль' };
    expect(ResetPasswordSchema.safeParse(base).success).toBe(true);
    expect(errorsOf(ResetPasswordSchema.safeParse({ ...base, passwordConfirm: 'другой2пароль' })).passwordConfirm).toBe('accounts.errors.passwordMismatch');
    expect(errorsOf(ResetPasswordSchema.safeParse({ ...base, token: '../../etc' })).token).toBe('accounts.errors.tokenInvalid');
  });
  it('keeps sign-in redirects on this site', () => {
    expect(safeCallbackUrl('/employer/vacancies?status=draft')).toBe('/employer/vacancies?status=draft');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '', null, undefined, 'employer']) {
      expect(safeCallbackUrl(bad)).toBeNull();
    }
  });
});
