import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.data/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One door to the database (HOUSE_STYLE rule 2): only lib/**/*queries.ts, *.server.ts and the
      // 'use server' entry points (*actions.ts) import it; lib/module-names.test.ts keeps the names honest.
      'no-restricted-imports': ['error', { paths: [
        { name: '@/lib/db', message: 'Import db only in lib/<domain>/*queries.ts, *.server.ts or actions.ts.' },
        { name: '@/lib/db-read', importNames: ['readDb'], message: 'Import readDb only in lib/<domain>/queries.ts (public reads, decision 022).' },
      ] }],
    },
  },
  {
    // lib/db-read.ts is the replica router around db (decision 022).
    files: ['lib/**/*queries.ts', 'lib/**/*actions.ts', 'lib/**/*.server.ts', 'lib/db-read.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
