'use server';

import { AuthError } from 'next-auth';
import { redirect as redirectTo } from 'next/navigation';
import { getPathname, redirect } from '@/i18n/navigation';
import type { Submission } from '@conform-to/zod/v4';
import { formAction, parseForm, refuse, reply, type FormReply } from '@/lib/forms/action';
import { signIn, signOut } from '@/lib/auth';
import { db } from '@/lib/db';
import { sendMail } from '@/lib/mail/outbox.server';
import { accountExistsMail, mailLink, passwordResetMail, verifyEmailMail } from '@/lib/mail/templates';
import { slugify } from '@/lib/slug';
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
async function signUpInvited(submission: Submission<unknown>, data: { name: string; email: string; password: string; invitation: string; locale: Locale }): Promise<FormReply> {
  const { name, email, password, invitation, locale } = data;
  const pending = await db.companyInvitation.findFirst({
    where: { tokenHash: hashToken(invitation), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true },
  });
  if (!pending) return refuse(submission, 'accounts.errors.invitationInvalid');
  if (pending.email !== email) return reply(submission, { fieldErrors: { email: ['accounts.errors.invitationOtherEmail'] } });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    // An account already has this address: it signs in and accepts on the invitation page.
    return refuse(submission, 'accounts.errors.invitationSignIn');
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
  if (!joined) return refuse(submission, 'accounts.errors.invitationInvalid');
  await signIn('credentials', { email, password, redirectTo: getPathname({ href: '/employer', locale }) });
  return reply(submission);
}

export const signUpAction = formAction(async (formData) => {
  const submission = parseForm(formData, SignUpSchema);
  if (submission.status !== 'success') return reply(submission);
  const { name, email, password, companyName, invitation, locale } = submission.value;

  const ip = await clientIp();
  if (!(await withinLimits([['signUpIp', ip], ['mailEmail', email]]))) return refuse(submission, 'accounts.errors.rateLimited');
  if (invitation) return signUpInvited(submission, { name, email, password, invitation, locale });
  if (!companyName) return reply(submission, { fieldErrors: { companyName: ['accounts.errors.companyRequired'] } });

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

/** Where a signed-in person's work is: the admin's queue, the employer's workspace. */
async function landingFor(email: string, locale: Locale): Promise<string> {
  const user = await db.user.findUnique({ where: { email }, select: { role: true } });
  const path = user?.role === 'admin' ? '/admin' : '/employer';
  return locale === 'en' ? `/en${path}` : path;
}

export const signInAction = formAction(async (formData) => {
  const submission = parseForm(formData, SignInSchema);
  if (submission.status !== 'success') return reply(submission);
  const { email, password, locale } = submission.value;

  // The guess limits live in the credentials check itself (lib/auth.ts), shared with Auth.js's endpoint.
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) {
      const code = 'code' in err ? String(err.code) : 'invalid';
      return refuse(submission, signInErrorKey(code));
    }
    throw err;
  }
  // Only a same-site path is followed; otherwise each role lands where its work is.
  redirectTo(safeCallbackUrl(submission.value.callbackUrl) ?? (await landingFor(email, locale)));
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

export const requestPasswordResetAction = formAction(async (formData) => {
  const submission = parseForm(formData, EmailOnlySchema);
  if (submission.status !== 'success') return reply(submission);
  const { email, locale } = submission.value;
  if (!(await withinLimits([['mailIp', await clientIp()], ['mailEmail', email]]))) return refuse(submission, 'accounts.errors.rateLimited');
  const user = await db.user.findUnique({ where: { email }, select: { id: true, blockedAt: true } });
  if (user && !user.blockedAt) {
    const { token, hash } = createToken();
    await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
    await sendMail(await passwordResetMail(email, mailLink(`/reset-password?token=${token}`, locale), locale));
  }
  return reply(submission, { notice: 'accounts.notices.resetSent' });
});

export const resetPasswordAction = formAction(async (formData) => {
  const submission = parseForm(formData, ResetPasswordSchema);
  if (submission.status !== 'success') {
    // A malformed token is not something the person can fix in the form.
    if (submission.error?.token) return refuse(submission, 'accounts.errors.tokenInvalid');
    return reply(submission);
  }
  const { token, password, locale } = submission.value;
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
  if (!used) return refuse(submission, 'accounts.errors.tokenInvalid');
  return redirect({ href: { pathname: '/signin', query: { reset: '1' } }, locale });
});

export const resendVerificationAction = formAction(async (formData) => {
  const submission = parseForm(formData, EmailOnlySchema);
  if (submission.status !== 'success') return reply(submission);
  const { email, locale } = submission.value;
  if (!(await withinLimits([['mailIp', await clientIp()], ['mailEmail', email]]))) return refuse(submission, 'accounts.errors.rateLimited');
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, emailVerified: true, blockedAt: true } });
  if (user && !user.emailVerified && !user.blockedAt) await sendVerification(user, locale);
  return reply(submission, { notice: 'accounts.notices.verificationResent' });
});
