import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/accounts/credentials-queries';
import { SignInSchema } from '@/lib/accounts/schemas';
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from '@/lib/accounts/session.server';
import { admitSignInAttempt, recordSignIn } from '@/lib/accounts/sign-in-limit.server';
import { env } from '@/lib/env';
import { clientAddressFrom } from '@/lib/http/client-address';
import type { UserRole } from '@/lib/vocabularies';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string; role: UserRole };
    /** When this session signed in (ms); getCurrentUser voids sessions older than users.sessionsValidFrom. */
    signedInAt?: number;
    /** The session row (sessions.sessionToken) this cookie belongs to; gone after sign-out. */
    sid?: string;
  }
  interface User {
    role?: UserRole;
  }
}

/** Carries why sign-in failed to the sign-in action as a message key, never to the client as detail. */
class SignInFailed extends CredentialsSignin {
  constructor(public override code: string) {
    super();
  }
}

/** The code for "too many attempts, try again in N minutes"; the sign-in form reads N back. */
export const rateLimitedCode = (seconds: number) => `rate_limited_${Math.ceil(seconds / 60)}`;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // docs/decisions/004-auth-js-v5.md: credentials + JWT sessions; guards re-read the user on every request.
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin' },
  // A wrong password is an expected outcome, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every path that checks a password comes through here (the sign-in form's action and Auth.js's own
      // /api/auth/callback/credentials), so the guess limits live here too.
      async authorize(credentials, request) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInFailed('invalid');
        const { email, password } = parsed.data;
        const address = clientAddressFrom(request.headers);
        const gate = await admitSignInAttempt(email, address);
        if (!gate.ok) throw new SignInFailed(rateLimitedCode(gate.retryAfterSeconds));
        const result = await authenticate(email, password);
        if (typeof result === 'string') throw new SignInFailed(result);
        await recordSignIn(result.id, email, address);
        return result;
      },
    }),
  ],
  events: {
    // Sign-out ends the session on the server, not only in this browser (a copied cookie dies with it).
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await endSession(sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        // Not `iat`: the token is re-signed as the session rolls, the sign-in moment must stay put.
        token.signedInAt = Date.now();
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = (token.role as UserRole | undefined) ?? 'employer';
        session.signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
        session.sid = typeof token.sid === 'string' ? token.sid : undefined;
      }
      return session;
    },
  },
});
