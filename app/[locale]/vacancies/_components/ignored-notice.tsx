import { useFormatter, useTranslations } from 'next-intl';
import type { IgnoredParam } from '@/lib/vacancies/search-params';

/** «Мы не поняли параметр salaryFrom=abc — он не учтён.» */
export function IgnoredNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const t = useTranslations('catalogue');
  const format = useFormatter();
  if (!ignored.length) return null;
  const list = format.list(
    ignored.map(({ param, value }) => `${param}=${value}`),
    { type: 'conjunction' },
  );

  return (
    <p role="note" className="mt-5 rounded-control border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-ink-800">
      {t('ignored', { count: ignored.length, list })}
    </p>
  );
}
