import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** A quiet way out for a candidate who smells a scam; the form has its own page, so it works without JavaScript. */
export function ReportLink({ slug }: { slug: string }) {
  const t = useTranslations('reports.link');
  return (
    <p className="px-1 text-sm text-ink-600">
      <Link
        href={`/vacancies/${slug}/report`}
        rel="nofollow"
        className="inline-flex items-center gap-1.5 font-medium text-ink-700 underline decoration-ink-400 underline-offset-2 hover:text-brand-800 hover:decoration-brand-400"
      >
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="size-4 shrink-0">
          <path d="M5 20.5v-16M5 4.5h11l-2 4 2 4H5" />
        </svg>
        {t('label')}
      </Link>
      <span className="mt-0.5 block text-xs text-ink-500">{t('hint')}</span>
    </p>
  );
}
