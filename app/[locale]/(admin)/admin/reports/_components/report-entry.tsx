import { useTranslations } from 'next-intl';
import type { QueueReport } from '@/lib/moderation/report-queries';

/** One report: its reason, when, the reporter's text and contact; for a closed one, how it was closed. */
export function ReportEntry({ report, when }: { report: QueueReport; when: (date: Date) => string }) {
  const t = useTranslations('reports.admin');
  const tv = useTranslations('vocab.reportCategory');
  const { resolution } = report;
  return (
    <li className="p-3 text-sm">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <span className="font-semibold text-ink-950">{tv(report.category)}</span>
        <time dateTime={report.createdAt.toISOString()} className="text-ink-600">
          {when(report.createdAt)}
        </time>
      </p>
      <p className="mt-1 break-words whitespace-pre-line text-ink-800">{report.message || <span className="text-ink-600 italic">{t('item.noMessage')}</span>}</p>
      {report.reporterEmail && <p className="mt-1 break-all text-ink-600">{t('item.contact', { email: report.reporterEmail })}</p>}
      {report.resolvedAt && (
        <p className="mt-2 rounded-control bg-sand-100 px-2 py-1 text-ink-700">
          <span className="font-semibold">{t(`resolution.${resolution.kind ?? 'unknown'}`)}</span>
          {resolution.reason && `: ${resolution.reason}`} · {t('item.resolved', { date: when(report.resolvedAt), name: report.resolvedBy ?? '—' })}
        </p>
      )}
    </li>
  );
}
