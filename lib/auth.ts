import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/accounts/credentials-queries';
import { SignInSchema } from '@/lib/accounts/schemas';
import { env } from '@/lib/env';
import type { UserRole } from '@/lib/vocabularies';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string; role: UserRole };
    /** When this session signed in (ms); getCurrentUser voids sessions older than users.sessionsValidFrom. */
    signedInAt?: number;
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

export const { handlers, auth, signIn, signOut } = NextAuth({
  // docs/decisions/004-auth-js-v5.md: credentials + JWT sessions; guards re-read the user on every request.
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
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
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInFailed('invalid');
        const result = await authenticate(parsed.data.email, parsed.data.password);
        if (typeof result === 'string') throw new SignInFailed(result);
        return result;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        // Not `iat`: the token is re-signed as the session rolls, the sign-in moment must stay put.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = (token.role as UserRole | undefined) ?? 'employer';
        session.signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      }
      return session;
    },
  },
});
