import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Vitest is not a React Server environment; the guard package would refuse to load.
      'server-only': path.join(root, 'tests/setup/empty-module.ts'),
      // What the next-intl plugin does inside Next: getTranslations() finds the request config.
      'next-intl/config': path.join(root, 'i18n/request.ts'),
    },
  },
  test: {
    // next-intl's ESM imports 'next/navigation' without an extension; bundling it lets Vite resolve that.
    server: { deps: { inline: ['next-intl'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{lib,components,messages,scripts,prisma}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/integration-global.ts'],
          setupFiles: ['tests/setup/integration-env.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
