import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type Mail = { to: string; subject: string; text: string; html?: string; kind: string };

let transport: Transporter | null | undefined;

function getTransport(): Transporter | null {
  if (transport === undefined) transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
  return transport;
}

/**
 * Every mail is written to the outbox first (so nothing is lost and tests can read it), then sent when
 * SMTP is configured. Without SMTP it stays there; development shows it at /dev/mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const row = await db.outboxMail.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, kind: mail.kind },
    select: { id: true },
  });
  const smtp = getTransport();
  if (!smtp) return;
  try {
    await smtp.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    await db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (err) {
    // The action that sent it still succeeds; the outbox keeps the error for a retry job.
    await db.outboxMail.update({ where: { id: row.id }, data: { error: err instanceof Error ? err.message : String(err) } });
  }
}
