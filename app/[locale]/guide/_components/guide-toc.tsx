import { useTranslations } from 'next-intl';
import { GUIDE_SECTIONS } from './guide-sections';

/** Plain anchor links to the guide's chapters, numbered like the chapters' order. */
export function GuideToc() {
  const t = useTranslations('guide');

  return (
    <nav aria-labelledby="guide-toc-heading" className="rounded-card border border-line bg-surface/70 p-5">
      <h2 id="guide-toc-heading" className="text-sm font-semibold text-ink-700">
        {t('toc')}
      </h2>
      <ol className="mt-3 space-y-0.5 text-[0.9375rem]">
        {GUIDE_SECTIONS.map(({ key, anchor }, i) => (
          <li key={key}>
            <a
              href={`#${anchor}`}
              className="flex gap-3 rounded-lg px-2 py-1.5 text-ink-800 hover:bg-sand-100 hover:text-ink-950"
            >
              <span aria-hidden="true" className="w-4 shrink-0 text-right text-ink-500 tabular-nums">
                {i + 1}
              </span>
              {t(`sections.${key}.title`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
