import '@/lib/zod-setup';
import { z } from 'zod';

// Read once; every module takes configuration from here (HOUSE_STYLE rule 10).
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Set by `npm run dev` / `npm start` when they run the embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('ChatShift <no-reply@chatshift.example>'),
  /** Shows the mail outbox at /dev/mail in a production build too (the browser tests use it). */
  ENABLE_DEV_MAIL: z.enum(['0', '1']).optional(),
  /** Days after a vacancy ends before its applications' personal data is erased (the retention job). */
  APPLICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** `off` keeps the scheduled-job worker from starting inside the app (`npm run jobs` runs it alone). */
  JOBS: z.enum(['on', 'off']).default('on'),
});

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment variables (see .env.example):\n${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();
