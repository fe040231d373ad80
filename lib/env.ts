import '@/lib/zod-setup';
import { z } from 'zod';

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' });

/** `a,b` → [a, b]; empty or unset → [] (no replicas). */
const postgresUrlList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(postgresUrl).max(16, 'at most 16 replicas'));

// Read once; every module takes configuration from here (HOUSE_STYLE rule 10).
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Set by `npm run dev` / `npm start` when they run the embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** Streaming replicas the public reads may use (lib/db-read.ts, docs/decisions/022); comma-separated. */
  DATABASE_REPLICA_URLS: postgresUrlList,
  /** The primary without a transaction-mode pooler in between, for migrations (session advisory lock); docs/deploy.md. */
  DATABASE_DIRECT_URL: postgresUrl.optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('ChatShift <no-reply@chatshift.example>'),
  /** Shows the mail outbox at /dev/mail in a production build too (the browser tests use it). */
  ENABLE_DEV_MAIL: z.enum(['0', '1']).optional(),
  /** Days after a vacancy ends before its applications' personal data is erased (the retention job). */
  APPLICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Hours a vacancy may wait for review before every admin is mailed about the queue (the moderation-sla job). */
  MODERATION_SLA_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** `off` keeps the scheduled-job worker from starting inside the app (`npm run jobs` runs it alone). */
  JOBS: z.enum(['on', 'off']).default('on'),
  /** Where uploaded files (CVs) go: PostgreSQL (`db`), `.data/uploads/` (`local`) or an S3-compatible bucket (`s3`). */
  STORAGE: z.enum(['db', 'local', 's3']).default('db'),
  /** The service's address for path-style requests, e.g. https://storage.yandexcloud.net; needed with STORAGE=s3. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
}).superRefine((v, ctx) => {
  if (v.STORAGE !== 's3') return;
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!v[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when STORAGE=s3' });
  }
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
