import { getTranslations } from 'next-intl/server';
import type { FaqGroup } from './faq-content';

/** Jump links to the FAQ's groups; plain anchors, so they work without JavaScript. */
export async function FaqToc({ groups }: { groups: FaqGroup[] }) {
  const t = await getTranslations('faq');

  return (
    <nav aria-labelledby="faq-toc-heading" className="rounded-card border border-line bg-surface/70 p-5">
      <h2 id="faq-toc-heading" className="text-sm font-semibold text-ink-700">
        {t('toc')}
      </h2>
      <ul className="mt-3 space-y-1" role="list">
        {groups.map((group) => (
          <li key={group.id}>
            <a
              href={`#faq-${group.id}`}
              className="flex items-baseline justify-between gap-3 rounded-lg px-2 py-1.5 text-[0.9375rem] text-ink-800 hover:bg-sand-100 hover:text-ink-950"
            >
              {group.heading}
              <span aria-hidden="true" className="text-xs text-ink-500">{group.entries.length}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
