'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { clientIp } from '@/lib/accounts/rate-limit.server';
import { formAction, plainFormAction, readForm, replyOutcome } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { changeAlertFrequency, confirmAlert, deleteAlerts, requestManageLink, subscribeToAlert, unsubscribeAlert } from './alert.server';
import { createManageToken, readManageToken, readUnsubscribeLink } from './links';

// Entry points of the job-alert forms. alert.server.ts validates and applies the limits; the manage page's
// actions carry the signed token from its link, which is the only proof of the address.


const KEYS = { fixFields: 'alertForm.errors.fixFields', refused: 'alertForm.errors' };

export const subscribeAction = formAction(async (formData) => {
  const outcome = await subscribeToAlert(textFields(formData), { ip: await clientIp() });
  return replyOutcome(readForm(formData), outcome, { ...KEYS, notice: 'alertForm.sent' });
});

export const requestManageLinkAction = formAction(async (formData) => {
  const outcome = await requestManageLink(textFields(formData), { ip: await clientIp() });
  return replyOutcome(readForm(formData), outcome, { ...KEYS, notice: 'alertForm.linkSent' });
});

/** The button on the confirmation page (a GET would let mail scanners confirm for people). */
export const confirmAlertAction = plainFormAction(async (formData: FormData) => {
  const token = String(formData.get('token') ?? '');
  const outcome = await confirmAlert(token);
  // Confirmed: straight to "my alerts", signed for the address just proved. Otherwise the page says why.
  if (outcome.ok) return manageRedirect(createManageToken(outcome.value.email), 'confirmed');
  redirect({ href: `/alerts/confirm/${encodeURIComponent(token.slice(0, 60))}`, locale: await getLocale() });
});

async function manageRedirect(token: string, notice: string) {
  redirect({ href: { pathname: '/alerts', query: { token, notice } }, locale: await getLocale() });
}

export const changeFrequencyAction = plainFormAction(async (formData: FormData) => {
  const token = String(formData.get('token') ?? '');
  const email = readManageToken(token);
  if (!email) return manageRedirect(token, 'invalid');
  const outcome = await changeAlertFrequency(email, textFields(formData));
  await manageRedirect(token, outcome.ok ? 'saved' : 'notFound');
});

export const deleteAlertAction = plainFormAction(async (formData: FormData) => {
  const token = String(formData.get('token') ?? '');
  const email = readManageToken(token);
  if (!email) return manageRedirect(token, 'invalid');
  const all = formData.get('alert') === 'all';
  const outcome = await deleteAlerts(email, textFields(formData));
  await manageRedirect(token, outcome.ok ? (all ? 'deletedAll' : 'deleted') : 'notFound');
});

/** The button on the unsubscribe page a mail's visible link opens. */
export const unsubscribeAction = plainFormAction(async (formData: FormData) => {
  const alert = readUnsubscribeLink(formData.get('alert'), formData.get('sig'));
  const done = alert ? await unsubscribeAlert(alert) : false;
  redirect({ href: { pathname: '/alerts/unsubscribe', query: { result: done ? 'done' : 'gone' } }, locale: await getLocale() });
});
