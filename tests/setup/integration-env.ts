import { inject } from 'vitest';

// Before any test file imports lib/env.ts, point the app's single client at this run's database.
process.env.DATABASE_URL = inject('databaseUrl');
