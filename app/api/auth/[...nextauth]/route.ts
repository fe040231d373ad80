import { NextRequest } from 'next/server';
import { checkAuthRequest } from '@/lib/accounts/auth-request';
import { handlers } from '@/lib/auth';
import { env } from '@/lib/env';
import { badRequest } from '@/lib/http/responses';

type Handler = (request: NextRequest) => Promise<Response>;

/** Auth.js's handlers behind a check of what they would otherwise turn into a 500 (lib/accounts/auth-request.ts). */
function guarded(handler: Handler): Handler {
  return async (request) => {
    // This site as configured, as Next.js sees it, and as the browser addressed it.
    const host = request.headers.get('host');
    const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
    const origins = [new URL(env.SITE_URL).origin, request.nextUrl.origin, ...(host ? [`${proto}://${host}`] : [])];
    const checked = await checkAuthRequest(request, origins);
    if (!checked.ok) return badRequest(checked.message, undefined, checked.status);
    return handler(checked.request === request ? request : new NextRequest(checked.request));
  };
}

export const GET = guarded(handlers.GET);
export const POST = guarded(handlers.POST);
