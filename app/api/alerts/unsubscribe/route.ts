import { unsubscribeAlert } from '@/lib/alerts/alert.server';
import { readUnsubscribeLink } from '@/lib/alerts/links';
import { badRequest } from '@/lib/http/responses';

// One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in the
// List-Unsubscribe header. The URL carries the alert id and its signature; nothing else is needed.
export const dynamic = 'force-dynamic';

function signedAlert(request: Request): string | null {
  const url = new URL(request.url);
  return readUnsubscribeLink(url.searchParams.get('alert'), url.searchParams.get('sig'));
}

export async function POST(request: Request) {
  const alert = signedAlert(request);
  if (!alert) return badRequest('This unsubscribe link is not valid.', { params: ['alert', 'sig'] });
  // Deleting an alert that is already gone is still a success: the sender wants "no more mail".
  await unsubscribeAlert(alert);
  return new Response('Unsubscribed.\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** A person who opens the header's link in a browser gets the page with the button. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const target = new URL('/alerts/unsubscribe', url);
  for (const name of ['alert', 'sig']) {
    const value = url.searchParams.get(name);
    if (value) target.searchParams.set(name, value.slice(0, 100));
  }
  return new Response(null, { status: 303, headers: { Location: `${target.pathname}${target.search}`, 'Cache-Control': 'no-store' } });
}
