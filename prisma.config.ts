import path from 'node:path';
import { defineConfig } from 'prisma/config';

// process.env, not env(): `prisma generate` must work without DATABASE_URL (CI, fresh clones).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unset' },
});
