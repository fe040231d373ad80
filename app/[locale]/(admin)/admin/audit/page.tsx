import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { AUDIT_TARGET_TYPES, getAdmins, getAuditLog, parseAuditFilters, type AuditRow } from '@/lib/moderation/queries';
import { Pagination } from '../_components/pagination';
import { fieldClass, labelClass, linkClass, tableClass, tdClass, thClass, warningClass } from '../_components/styles';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'moderation.meta' });
  return { title: t('audit'), robots: { index: false, follow: false } };
}

const KNOWN_ACTIONS = [
  'vacancy.approve', 'vacancy.reject', 'vacancy.approveRevision', 'vacancy.rejectRevision', 'vacancy.remove',
  'company.verify', 'company.unverify', 'company.warn', 'company.block', 'company.unblock', 'user.block', 'user.unblock', 'report.',
];

/** Where an audit target is looked at in the admin area. */
function targetHref(row: AuditRow): string | null {
  if (row.targetType === 'vacancy') return `/admin/moderation/${row.targetId}`;
  if (row.targetType === 'company') return `/admin/companies/${row.targetId}`;
  return null;
}

/** Every admin action, newest first; GET filters in the URL (bad values are ignored and named). */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', locale === 'en' ? '/en/admin/audit' : '/admin/audit');
  const { filters, ignored } = parseAuditFilters(await searchParams);
  const [t, tf, format, log, admins] = await Promise.all([
    getTranslations('moderation.audit'),
    getTranslations('moderation.filters'),
    getFormatter(),
    getAuditLog(admin, filters),
    getAdmins(admin),
  ]);
  if (!log) return null;
  const filtered = Object.keys(filters).some((k) => k !== 'page');

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('intro')}</p>

      <form method="get" role="search" aria-label={t('heading')} className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <label className={labelClass}>
          {t('action')}
          <input name="action" defaultValue={filters.action ?? ''} list="audit-actions" maxLength={60} aria-describedby="audit-action-hint" className={fieldClass} />
          <span id="audit-action-hint" className="text-xs font-normal text-ink-600">
            {t('actionHint')}
          </span>
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label className={labelClass}>
          {t('actor')}
          <select name="actor" defaultValue={filters.actor ?? ''} className={fieldClass}>
            <option value="">{t('anyActor')}</option>
            {admins.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('targetType')}
          <select name="targetType" defaultValue={filters.targetType ?? ''} className={fieldClass}>
            <option value="">{t('anyTarget')}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`targetTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('targetId')}
          <input name="targetId" defaultValue={filters.targetId ?? ''} maxLength={36} spellCheck={false} className={`${fieldClass} font-mono`} />
        </label>
        <label className={labelClass}>
          {t('from')}
          <input type="date" name="from" defaultValue={filters.from ?? ''} className={fieldClass} />
        </label>
        <label className={labelClass}>
          {t('to')}
          <input type="date" name="to" defaultValue={filters.to ?? ''} className={fieldClass} />
        </label>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
          <Button type="submit" variant="secondary">
            {tf('apply')}
          </Button>
          {filtered && (
            <ButtonLink href="/admin/audit" variant="ghost">
              {tf('reset')}
            </ButtonLink>
          )}
        </div>
      </form>

      {ignored.length > 0 && <p className={warningClass}>{tf('ignored', { fields: ignored.map((f) => t(`fieldNames.${f}`)).join(', ') })}</p>}
      <p className="mt-6 text-sm text-ink-600" role="status">
        {t('total', { count: log.total })}
      </p>
      {log.rows.length > 0 && (
        <div className="mt-3 overflow-x-auto rounded-card border border-line bg-surface">
          <table className={tableClass} data-testid="audit-table">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('columns.time')}</th>
                <th scope="col" className={thClass}>{t('columns.actor')}</th>
                <th scope="col" className={thClass}>{t('columns.action')}</th>
                <th scope="col" className={thClass}>{t('columns.target')}</th>
                <th scope="col" className={thClass}>{t('columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => {
                const href = targetHref(row);
                const type = (AUDIT_TARGET_TYPES as readonly string[]).includes(row.targetType) ? t(`targetTypes.${row.targetType as (typeof AUDIT_TARGET_TYPES)[number]}`) : row.targetType;
                return (
                  <tr key={row.id} data-audit-action={row.action}>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                    </td>
                    <td className={tdClass}>{row.actor ? row.actor.name : <span className="text-ink-600">{t('system')}</span>}</td>
                    <td className={`${tdClass} font-mono text-xs`}>{row.action}</td>
                    <td className={tdClass}>
                      <span className="block">{type}</span>
                      {href ? (
                        <Link href={href} className={`${linkClass} font-mono text-xs`}>
                          {row.targetId}
                        </Link>
                      ) : (
                        <span className="font-mono text-xs">{row.targetId}</span>
                      )}
                    </td>
                    <td className={`${tdClass} max-w-md break-words`}>
                      {row.reason && <p>{row.reason}</p>}
                      {row.data !== null && <pre className="mt-1 text-xs whitespace-pre-wrap text-ink-600">{JSON.stringify(row.data)}</pre>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname="/admin/audit" query={{ ...filters }} page={log.page} pages={log.pages} />
    </Container>
  );
}
