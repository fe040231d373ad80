import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ApplicationNeighbours } from '@/lib/applications/queries';
import { NeighbourKeys } from './neighbour-keys';

const link =
  'inline-flex min-h-10 items-center gap-1.5 rounded-control border border-line-strong bg-surface px-3 text-sm font-semibold text-ink-900 shadow-sm hover:border-brand-300 hover:bg-brand-50';
const off = 'inline-flex min-h-10 items-center gap-1.5 rounded-control border border-line px-3 text-sm font-semibold text-ink-500';

/** Previous and next in the list the employer came from (its filters and order ride along in `context`). */
export async function NeighbourLinks({ neighbours, context }: { neighbours: ApplicationNeighbours; context: string }) {
  const t = await getTranslations('applications.neighbours');
  const href = (id: string) => `/employer/applications/${id}${context ? `?${context}` : ''}`;
  const { previous, next, position, total } = neighbours;
  return (
    <nav aria-label={t('label')} className="flex flex-wrap items-center gap-2" data-testid="neighbours">
      {previous ? (
        <Link href={href(previous)} rel="prev" className={link} data-neighbour="previous" aria-keyshortcuts="k">
          <span aria-hidden="true">←</span> {t('previous')}
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          <span aria-hidden="true">←</span> {t('previous')}
        </span>
      )}
      <span className="px-1 text-sm tabular-nums text-ink-600" data-testid="neighbours-position">
        {position ? t('position', { position, total }) : t('outside', { total })}
      </span>
      {next ? (
        <Link href={href(next)} rel="next" className={link} data-neighbour="next" aria-keyshortcuts="j">
          {t('next')} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          {t('next')} <span aria-hidden="true">→</span>
        </span>
      )}
      <NeighbourKeys hint={t('keys')} />
    </nav>
  );
}
