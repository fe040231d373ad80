import path from 'node:path';
import type { Account } from './sign-in';

// The demo accounts (prisma/seed) and where the `setup` project (auth.setup.ts) saves their signed-in
// sessions. A spec that needs one signs in by `test.use({ storageState: AUTH.employer1 })` instead of going
// through the form itself: sign-in attempts are limited per account, and one sign-in per run is enough.

export const DEMO = {
  admin: { email: 'admin@chatshift.example', password: 'demo-admin-2026' },
  employer1: { email: 'employer1@chatshift.example', password: 'demo-employer-1' },
  employer2: { email: 'employer2@chatshift.example', password: 'demo-employer-2' },
} satisfies Record<string, Account>;

export type DemoAccount = keyof typeof DEMO;

const DIR = path.join(import.meta.dirname, '..', '.auth');

export const AUTH: Record<DemoAccount, string> = {
  admin: path.join(DIR, 'admin.json'),
  employer1: path.join(DIR, 'employer1.json'),
  employer2: path.join(DIR, 'employer2.json'),
};
