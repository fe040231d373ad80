import 'server-only';
import { hashToken } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { CONFIRM_DAYS, type AlertFrequency } from './schemas';

const DAY_MS = 86_400_000;

export type AlertView = {
  id: string;
  email: string;
  query: string;
  frequency: AlertFrequency;
  confirmedAt: Date | null;
  lastSentAt: Date | null;
  createdAt: Date;
};

const SELECT = { id: true, email: true, query: true, frequency: true, confirmedAt: true, lastSentAt: true, createdAt: true } as const;

/** The alert a confirmation link is for, and whether the link still works. */
export async function getAlertToConfirm(token: string, now = new Date()): Promise<{ alert: AlertView; expired: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{40,50}$/.test(token)) return null;
  const alert = await db.jobAlert.findUnique({ where: { confirmTokenHash: hashToken(token) }, select: SELECT });
  if (!alert) return null;
  return { alert, expired: alert.createdAt.getTime() < now.getTime() - CONFIRM_DAYS * DAY_MS };
}

/** Every alert of an address (proved by a signed link), newest first. */
export async function getAlertsFor(email: string): Promise<AlertView[]> {
  return db.jobAlert.findMany({ where: { email }, select: SELECT, orderBy: { createdAt: 'desc' } });
}

export async function getAlert(id: string): Promise<AlertView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.jobAlert.findUnique({ where: { id }, select: SELECT });
}
