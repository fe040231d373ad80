import { Disclosure } from '@/components/content/disclosure';
import { ArrowRightIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import type { FaqGroup as FaqGroupData } from './faq-content';

export function FaqGroup({ group }: { group: FaqGroupData }) {
  const headingId = `faq-${group.id}`;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold sm:text-2xl">
        {group.heading}
      </h2>
      <ul className="mt-5 space-y-3" role="list">
        {group.entries.map((entry) => (
          <li key={entry.id}>
            <Disclosure id={entry.id} summary={entry.question}>
              <p className="max-w-[68ch] leading-relaxed">{entry.answer}</p>
              {entry.link && (
                <Link
                  href={entry.link.href}
                  className="mt-4 inline-flex items-center gap-1.5 font-semibold text-brand-700 underline-offset-4 hover:text-brand-900 hover:underline"
                >
                  {entry.link.label}
                  <ArrowRightIcon className="size-4" />
                </Link>
              )}
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
