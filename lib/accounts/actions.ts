'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { AuthError } from 'next-auth';
import { redirect } from '@/i18n/navigation';
import { signIn, signOut } from '@/lib/auth';
import { db } from '@/lib/db';
import { sendMail } from '@/lib/mail/outbox.server';
import { accountExistsMail, mailLink, passwordResetMail, verifyEmailMail } from '@/lib/mail/templates';
import { slugify } from '@/lib/slug';
import { invalidFormState as invalid, keepTyped as keep, type FormState } from './form-state';
import { hashPassword } from './password';
import { getCurrentUser } from './queries';
import { endAllSessions } from './session.server';
import { clientIp, withinLimits } from './rate-limit.server';
import { EmailOnlySchema, ResetPasswordSchema, SignInSchema, SignUpSchema, safeCallbackUrl } from './schemas';
import { createToken, hashToken } from './tokens';

const VERIFY_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;

type Locale = 'ru' | 'en';


async function sendVerification(user: { id: string; email: string; name: string }, locale: Locale) {
  const { token, hash } = createToken();
  await db.verificationToken.deleteMany({ where: { identifier: user.email } });
  await db.verificationToken.create({ data: { identifier: user.email, token: hash, expires: new Date(Date.now() + VERIFY_TTL_MS) } });
  const link = mailLink(`/api/accounts/verify-email?token=${token}&locale=${locale}`, locale);
  await sendMail(await verifyEmailMail(user.email, user.name, link, locale));
}

async function uniqueCompanySlug(name: string): Promise<string> {
  const base = slugify(name, 40) || 'company';
  for (let n = 0; ; n++) {
    const slug = n === 0 ? base : `${base}-${n + 1}`;
    if (!(await db.company.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/**
 * Sign-up through an invitation link: the link came to that mailbox, so the email counts as verified;
 * the account joins the inviting company (no company of its own) and is signed in at once.
 */
async function signUpInvited(input: Record<string, string>, data: { name: string; email: string; password: string; invitation: string; locale: Locale }): Promise<FormState> {
  const { name, email, password, invitation, locale } = data;
  const pending = await db.companyInvitation.findFirst({
    where: { tokenHash: hashToken(invitation), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true },
  });
  if (!pending) return { ok: false, formError: 'accounts.errors.invitationInvalid', values: keep(input) };
  if (pending.email !== email) return { ok: false, fieldErrors: { email: ['accounts.errors.invitationOtherEmail'] }, values: keep(input) };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    // An account already has this address: it signs in and accepts on the invitation page.
    return { ok: false, formError: 'accounts.errors.invitationSignIn', values: keep(input) };
  }
  const passwordHash = await hashPassword(password);
  const joined = await db.$transaction(async (tx) => {
    const claimed = await tx.companyInvitation.updateManyAndReturn({
      where: { tokenHash: hashToken(invitation), acceptedAt: null, expiresAt: { gt: new Date() }, email },
      data: { acceptedAt: new Date() },
      select: { companyId: true, role: true },
    });
    const claim = claimed[0];
    if (!claim) return false;
    await tx.user.create({
      data: { name, email, passwordHash, locale, emailVerified: new Date(), memberships: { create: { companyId: claim.companyId, role: claim.role } } },
    });
    return true;
  });
  if (!joined) return { ok: false, formError: 'accounts.errors.invitationInvalid', values: keep(input) };
  await signIn('credentials', { email, password, redirectTo: locale === 'en' ? '/en/employer' : '/employer' });
  return { ok: true };
}

export const signUpAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { name, email, password, companyName, invitation, locale } = parsed.data;

  const ip = await clientIp();
  if (!(await withinLimits([['signUpIp', ip], ['mailEmail', email]]))) {
    return { ok: false, formError: 'accounts.errors.rateLimited', values: keep(input) };
  }
  if (invitation) return signUpInvited(input, { name, email, password, invitation, locale });
  if (!companyName) return { ok: false, fieldErrors: { companyName: ['accounts.errors.companyRequired'] }, values: keep(input) };

  // Hashed before looking the email up, so a known and an unknown address take the same time.
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, emailVerified: true } });
  if (existing) {
    // Same answer as a new sign-up: whether an email is registered is told only to its owner, by mail.
    if (existing.emailVerified) await sendMail(await accountExistsMail(email, locale));
    else await sendVerification(existing, locale);
  } else {
    const slug = await uniqueCompanySlug(companyName);
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name, email, passwordHash, locale }, select: { id: true, name: true, email: true } });
      await tx.company.create({ data: { name: companyName, slug, members: { create: { userId: created.id, role: 'owner' } } } });
      return created;
    });
    await sendVerification(user, locale);
  }
  return redirect({ href: { pathname: '/signup/check-email', query: { email } }, locale });
});

function signInErrorKey(code: string): string {
  if (code === 'unverified') return 'accounts.errors.emailNotVerified';
  if (code === 'blocked') return 'accounts.errors.accountBlocked';
  if (code.startsWith('rate_limited_')) return 'accounts.errors.signInLimited';
  return 'accounts.errors.invalidCredentials';
}

export const signInAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { email, password, locale } = parsed.data;

  // The guess limits live in the credentials check itself (lib/auth.ts), shared with Auth.js's endpoint.
  const target = safeCallbackUrl(parsed.data.callbackUrl) ?? (locale === 'en' ? '/en/employer' : '/employer');
  try {
    await signIn('credentials', { email, password, redirectTo: target });
  } catch (err) {
    if (err instanceof AuthError) {
      const code = 'code' in err ? String(err.code) : 'invalid';
      return { ok: false, formError: signInErrorKey(code), values: keep(input) };
    }
    throw err; // the redirect after a successful sign-in travels as an exception
  }
  return { ok: true };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

/** Ends every session of the caller (this browser's too), e.g. after signing in on a shared computer. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: '/signin' });
}

export const requestPasswordResetAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const parsed = EmailOnlySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { email, locale } = parsed.data;
  if (!(await withinLimits([['mailIp', await clientIp()], ['mailEmail', email]]))) {
    return { ok: false, formError: 'accounts.errors.rateLimited', values: keep(input) };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, blockedAt: true } });
  if (user && !user.blockedAt) {
    const { token, hash } = createToken();
    await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
    await sendMail(await passwordResetMail(email, mailLink(`/reset-password?token=${token}`, locale), locale));
  }
  return { ok: true, message: 'accounts.notices.resetSent' };
});

export const resetPasswordAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const parsed = ResetPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const state = invalid(parsed.error, input);
    // A malformed token is not something the person can fix in the form.
    if (!state.ok && state.fieldErrors?.token) return { ok: false, formError: 'accounts.errors.tokenInvalid' };
    return state;
  }
  const { token, password, locale } = parsed.data;
  const passwordHash = await hashPassword(password);
  const used = await db.$transaction(async (tx) => {
    // Marking it used in the same statement that checks it makes the link single-use under races too.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) return false;
    // Following the link proves the mailbox, so it also confirms the email.
    // Every session signed in with the old password ends: whoever asked for the reset may be locking someone out.
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionsValidFrom: new Date() }, select: { emailVerified: true } });
    if (!user.emailVerified) await tx.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
    return true;
  });
  if (!used) return { ok: false, formError: 'accounts.errors.tokenInvalid' };
  return redirect({ href: { pathname: '/signin', query: { reset: '1' } }, locale });
});

export const resendVerificationAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const parsed = EmailOnlySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { email, locale } = parsed.data;
  if (!(await withinLimits([['mailIp', await clientIp()], ['mailEmail', email]]))) {
    return { ok: false, formError: 'accounts.errors.rateLimited', values: keep(input) };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, emailVerified: true, blockedAt: true } });
  if (user && !user.emailVerified && !user.blockedAt) await sendVerification(user, locale);
  return { ok: true, message: 'accounts.notices.verificationResent' };
});
