import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/accounts/queries';
import { csvResponse, toCsv } from '@/lib/csv/export';
import { isAdmin } from '@/lib/moderation/audit.server';
import { getAuditExport, parseAuditFilters } from '@/lib/moderation/audit-queries';
import { createAuditPresenter } from '@/lib/moderation/audit-text';

// The audit log as a spreadsheet: the page's filters (bad values ignored, as on the page), every page at
// once up to AUDIT_EXPORT_LIMIT, in the admin's language and Moscow time, through the shared exporter.
export const dynamic = 'force-dynamic';

const COLUMNS = ['time', 'actor', 'action', 'targetType', 'target', 'targetId', 'entry', 'reason', 'details'] as const;

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: 'notFound' }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (!isAdmin(user)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const { searchParams } = new URL(request.url);
  const { filters } = parseAuditFilters(Object.fromEntries([...new Set(searchParams.keys())].map((k) => [k, searchParams.getAll(k)])));
  const rows = await getAuditExport(user, filters);
  const p = createAuditPresenter(locale);
  if (!rows) return Response.json({ error: 'forbidden' }, { status: 403 });
  const body = toCsv(
    COLUMNS.map((c) => p.t(`csv.${c}`)),
    rows.map((row) => [
      p.csvTime(row.createdAt), p.actorName(row), p.actionLabel(row.action), p.typeLabel(row.targetType), p.objectName(row), row.targetId,
      p.sentence(row), row.reason, p.changes(row).join('; '),
    ]),
  );
  return csvResponse(body, `audit-${new Date().toISOString().slice(0, 10)}.csv`);
}
