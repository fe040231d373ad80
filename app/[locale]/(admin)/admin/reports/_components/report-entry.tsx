import { useTranslations } from 'next-intl';
import type { QueueReport } from '@/lib/moderation/report-queries';

/** Past about three lines of the queue's width a report text is folded. */
const isLong = (text: string) => text.length > 280 || text.split('\n').length > 3;

/** One report: its reason, when, the reporter's text and contact; for a closed one, how it was closed. */
export function ReportEntry({ report, when }: { report: QueueReport; when: (date: Date) => string }) {
  const t = useTranslations('reports.admin');
  const tv = useTranslations('vocab.reportCategory');
  const td = useTranslations('decisions.reports');
  const { resolution } = report;
  return (
    <li className="p-3 text-sm">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <span className="font-semibold text-ink-950">{tv(report.category)}</span>
        <time dateTime={report.createdAt.toISOString()} className="text-ink-600">
          {when(report.createdAt)}
        </time>
      </p>
      {!report.message ? (
        <p className="mt-1 text-ink-600 italic">{t('item.noMessage')}</p>
      ) : isLong(report.message) ? (
        // Long texts show three lines and open in place; <details> needs no JavaScript.
        <details className="group mt-1" data-testid="long-report">
          <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden">
            <span className="line-clamp-3 break-words whitespace-pre-line text-ink-800 group-open:hidden">{report.message}</span>
            <span className="mt-1 inline-block font-semibold text-brand-800 underline-offset-2 hover:underline">
              <span className="group-open:hidden">{td('showFull')}</span>
              <span className="hidden group-open:inline">{td('showLess')}</span>
            </span>
          </summary>
          <p className="mt-1 break-words whitespace-pre-line text-ink-800">{report.message}</p>
        </details>
      ) : (
        <p className="mt-1 break-words whitespace-pre-line text-ink-800">{report.message}</p>
      )}
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
