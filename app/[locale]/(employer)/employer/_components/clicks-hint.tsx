import { getTranslations } from 'next-intl/server';

/**
 * What an "apply click" is (decision 025), beside the column or row that shows them: a small "?" that shows the
 * definition on hover and on keyboard focus, and gives it to screen readers as the button's description.
 */
export async function ClicksHint({ id, align = 'end' }: { id: string; align?: 'start' | 'end' }) {
  const t = await getTranslations('stats.clicks');
  return (
    <span className="group relative inline-flex align-middle">
      <button
        type="button"
        aria-label={t('hintLabel')}
        aria-describedby={id}
        className="ml-1 inline-flex size-5 items-center justify-center rounded-full border border-line-strong bg-surface text-xs font-bold text-ink-700 hover:border-brand-400 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        ?
      </button>
      <span
        id={id}
        role="tooltip"
        className={`invisible absolute top-full z-20 mt-2 w-64 rounded-control bg-ink-900 px-3 py-2 text-left text-xs leading-snug font-normal tracking-normal normal-case whitespace-normal text-white shadow-raised group-focus-within:visible group-hover:visible sm:w-72 ${align === 'end' ? 'right-0' : 'left-0'}`}
      >
        {t('hint')}
      </span>
    </span>
  );
}
