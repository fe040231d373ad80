import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { AUDIT_TARGET_TYPES } from '@/lib/moderation/audit-format';
import { AUDIT_EXPORT_LIMIT, auditQuery, getAuditFilterChoices, getAuditLog, parseAuditFilters } from '@/lib/moderation/audit-queries';
import { createAuditPresenter } from '@/lib/moderation/audit-text';
import { Pagination } from '../_components/pagination';
import { fieldClass, labelClass, linkClass, warningClass } from '../_components/styles';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'audit.meta' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const GROUPS = ['vacancy', 'company', 'user', 'contact'] as const;
// Long option texts (an admin's name and e-mail) must not widen the grid past a phone's screen.
const cellClass = `${labelClass} min-w-0`;
const controlClass = `${fieldClass} w-full min-w-0`;

/** Every admin action as a sentence, newest first; GET filters in the URL (bad values are ignored and named). */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/audit', locale }));
  const { filters, ignored } = parseAuditFilters(await searchParams);
  const p = createAuditPresenter(locale);
  const [tf, log, choices] = await Promise.all([
    getTranslations('audit.filters'),
    getAuditLog(admin, filters),
    getAuditFilterChoices(admin),
  ]);
  if (!log) return null;
  const { t } = p;
  const query = auditQuery(filters);
  const filtered = Object.keys(filters).some((k) => k !== 'page');
  const exportQuery = Object.fromEntries(Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[0] !== 'page'));
  const other = choices.actions.filter((a) => !GROUPS.some((g) => a.startsWith(`${g}.`)));

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('intro')}</p>

      <form method="get" role="search" aria-label={tf('label')} className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <label className={cellClass}>
          {tf('action')}
          <select name="action" defaultValue={filters.action ?? ''} className={controlClass}>
            <option value="">{tf('anyAction')}</option>
            {GROUPS.map((group) => (
              <optgroup key={group} label={tf(`groups.${group}`)}>
                <option value={`${group}.`}>{tf(`groups.${group}`)}</option>
                {choices.actions.filter((a) => a.startsWith(`${group}.`)).map((a) => (
                  <option key={a} value={a}>{p.actionLabel(a)}</option>
                ))}
              </optgroup>
            ))}
            {other.length > 0 && (
              <optgroup label={tf('groups.other')}>
                {other.map((a) => (
                  <option key={a} value={a}>{p.actionLabel(a)}</option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className={cellClass}>
          {tf('actor')}
          <select name="actor" defaultValue={filters.actor ?? ''} className={controlClass}>
            <option value="">{tf('anyActor')}</option>
            {choices.admins.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ? `${a.name} (${a.email})` : a.email}
              </option>
            ))}
            <option value="system">{tf('systemActor')}</option>
          </select>
        </label>
        <label className={cellClass}>
          {tf('targetType')}
          <select name="targetType" defaultValue={filters.targetType ?? ''} className={controlClass}>
            <option value="">{tf('anyTarget')}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {p.typeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label className={`${cellClass} sm:col-span-2 lg:col-span-1`}>
          {tf('q')}
          <input
            type="search" name="q" defaultValue={filters.q ?? filters.targetId ?? ''} maxLength={200}
            aria-describedby="audit-q-hint" spellCheck={false} className={controlClass}
          />
          <span id="audit-q-hint" className="text-xs font-normal text-ink-600">{tf('qHint')}</span>
        </label>
        <label className={cellClass}>
          {tf('from')}
          <input type="date" name="from" defaultValue={filters.from ?? ''} className={controlClass} />
        </label>
        <label className={cellClass}>
          {tf('to')}
          <input type="date" name="to" defaultValue={filters.to ?? ''} className={controlClass} />
        </label>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <Button type="submit" variant="secondary">{tf('apply')}</Button>
          {filtered && (
            <ButtonLink href="/admin/audit" variant="ghost">
              {tf('reset')}
            </ButtonLink>
          )}
        </div>
      </form>

      {ignored.length > 0 && <p className={warningClass}>{tf('ignored', { fields: ignored.map((f) => tf(`fieldNames.${f}`)).join(', ') })}</p>}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-600" role="status">
          {t('total', { count: log.total })}
        </p>
        <p className="text-sm text-ink-600">
          <a href={exportHref(locale, exportQuery)} download className={linkClass} aria-describedby="audit-export-hint">
            {t('export')}
          </a>
          <span id="audit-export-hint" className="sr-only"> — {t('exportHint', { limit: AUDIT_EXPORT_LIMIT })}</span>
        </p>
      </div>
      {log.rows.length > 0 && (
        <ol className="mt-3 divide-y divide-line rounded-card border border-line bg-surface" aria-label={t('caption')} data-testid="audit-log">
          {log.rows.map((row) => {
            const href = p.href(row);
            const details = p.details(row);
            return (
              <li key={row.id} className="px-4 py-3 sm:px-5" data-audit-action={row.action}>
                <p className="text-xs text-ink-600">
                  <time dateTime={row.createdAt.toISOString()}>{p.time(row.createdAt)}</time>
                  <span aria-hidden="true"> · </span>
                  {p.actionLabel(row.action)}
                </p>
                <p className="mt-1 break-words text-ink-900" data-testid="audit-sentence">
                  {t.rich(p.sentenceKey(row), {
                    ...p.sentenceValues(row),
                    target: (chunks) =>
                      href ? (
                        <Link href={href} className={linkClass}>
                          {chunks}
                        </Link>
                      ) : (
                        <strong className="font-semibold">{chunks}</strong>
                      ),
                  })}
                </p>
                {details.length > 0 && (
                  <ul className="mt-1 space-y-0.5 text-sm break-words text-ink-700">
                    {details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination pathname="/admin/audit" query={query} page={log.page} pages={log.pages} />
    </Container>
  );
}

/** The export route of this locale with the page's filters (a plain link: the route answers with a file). */
function exportHref(locale: Locale, query: Record<string, string | number>): string {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return getPathname({ href: `/admin/audit/export${search ? `?${search}` : ''}`, locale });
}
