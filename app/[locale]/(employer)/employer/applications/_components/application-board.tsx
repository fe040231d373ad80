import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { allowedTransitions, canMailOn } from '@/lib/applications/pipeline';
import { filtersQuery, type ApplicationFilters } from '@/lib/applications/pipeline-schemas';
import type { BoardCard, BoardColumn } from '@/lib/applications/queries';
import { BoardMoves, CardMoveMenu } from './board-moves';
import { moveLabelKey } from './move-label';

type Props = { columns: BoardColumn[]; filters: ApplicationFilters };

/**
 * The board: a column per status, newest cards first. Each card has a «Move» menu of the steps pipeline.ts
 * allows from its status (small POST forms, so it works without JavaScript and with the keyboard alone).
 * The columns scroll sideways inside their own region, never the page.
 */
export async function ApplicationBoard({ columns, filters }: Props) {
  const [t, tc, tp] = await Promise.all([
    getTranslations('applications.board'),
    getTranslations('applications.list.chips'),
    getTranslations('applications.pipeline'),
  ]);
  const context = filtersQuery(filters, { page: 1 });
  const columnNames = Object.fromEntries(columns.map((c) => [c.status, tc(c.status)]));

  return (
    <BoardMoves columnNames={columnNames}>
      <p id="board-hint" className="text-sm text-ink-600">
        {t('hint')}
      </p>
      <div
        role="region"
        aria-label={t('region')}
        aria-describedby="board-hint"
        tabIndex={0}
        className="mt-3 overflow-x-auto rounded-card pb-3 focus-visible:outline-3 focus-visible:outline-focus"
        data-testid="board"
      >
        <ol className="flex min-w-max items-start gap-3">
          {columns.map((column) => (
            <li key={column.status} className="w-64 shrink-0 rounded-card border border-line bg-sand-50 sm:w-72" data-column={column.status}>
              <section aria-labelledby={`column-${column.status}`}>
                <h2 id={`column-${column.status}`} className="flex items-baseline justify-between gap-2 border-b border-line px-3 py-2.5 text-sm font-bold">
                  <span>{tc(column.status)}</span>
                  <span className="text-xs font-medium tabular-nums text-ink-600">{t('count', { count: column.total })}</span>
                </h2>
                {column.cards.length === 0 ? (
                  <p className="px-3 py-4 text-sm text-ink-500">{t('empty')}</p>
                ) : (
                  <ul className="space-y-2 p-2">
                    {column.cards.map((card) => (
                      <li key={card.id}>
                        <Card card={card} context={context} menu={menu(card)} />
                      </li>
                    ))}
                  </ul>
                )}
                {column.total > column.cards.length && (
                  <p className="px-3 pb-3 text-sm">
                    <Link
                      href={`/employer/applications?${filtersQuery(filters, { view: 'list', status: [column.status], page: 1 })}`}
                      className="font-medium text-brand-800 underline underline-offset-2"
                    >
                      {t('more', { count: column.total - column.cards.length })}
                    </Link>
                  </p>
                )}
              </section>
            </li>
          ))}
        </ol>
      </div>
    </BoardMoves>
  );

  function menu(card: BoardCard) {
    if (card.erased || card.status === 'withdrawn') return null;
    const moves = allowedTransitions(card.status).map((to) => ({ to, label: tp(moveLabelKey(card.status, to)) }));
    return moves.length ? { moves, withMail: moves.some((m) => canMailOn(m.to)) } : null;
  }
}

async function Card({ card, context, menu }: { card: BoardCard; context: string; menu: Parameters<typeof CardMoveMenu>[0]['menu'] | null }) {
  const [t, format] = await Promise.all([getTranslations('applications'), getFormatter()]);
  const name = card.name ?? t('list.erased');
  return (
    <article
      className="rounded-control border border-line bg-surface p-3 shadow-card data-[unread]:border-l-4 data-[unread]:border-l-accent-500"
      data-card-id={card.id}
      data-unread={card.unread || undefined}
      aria-labelledby={`card-${card.id}`}
    >
      <h3 id={`card-${card.id}`} className="text-[0.9375rem] font-semibold leading-snug">
        <Link href={`/employer/applications/${card.id}${context ? `?${context}` : ''}`} className="text-brand-800 underline-offset-2 hover:underline">
          {card.erased ? <span className="italic">{name}</span> : name}
        </Link>
        {card.unread && (
          <span className="ml-2 inline-flex items-center gap-1 align-middle text-xs font-medium text-accent-700">
            <span aria-hidden="true" className="size-2 rounded-full bg-accent-500" />
            {t('board.unread')}
          </span>
        )}
      </h3>
      <p className="mt-1 text-sm break-words text-ink-700">{card.vacancyTitle}</p>
      <p className="mt-1 text-xs text-ink-600">
        <time dateTime={card.createdAt.toISOString()}>{t('board.applied', { date: format.dateTime(card.createdAt, { dateStyle: 'medium' }) })}</time>
      </p>
      {menu ? (
        <CardMoveMenu applicationId={card.id} name={name} menu={menu} />
      ) : (
        <p className="mt-2 text-xs text-ink-600">{card.erased ? t('board.erased') : t('board.withdrawn')}</p>
      )}
    </article>
  );
}
