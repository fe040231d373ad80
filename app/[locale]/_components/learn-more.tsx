import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { Card, stretchedLink } from '@/components/ui/card';
import { ArrowRightIcon, BookIcon, QuestionIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';

const LINKS: { key: 'faq' | 'guide'; href: string; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { key: 'faq', href: '/faq', Icon: QuestionIcon },
  { key: 'guide', href: '/guide', Icon: BookIcon },
];

export function LearnMore() {
  const t = useTranslations('home.learn');

  return (
    <section aria-labelledby="learn-heading">
      <h2 id="learn-heading" className="text-2xl font-bold sm:text-3xl">
        {t('heading')}
      </h2>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {LINKS.map(({ key, href, Icon }) => (
          <li key={key} className="flex">
            <Card interactive className="flex w-full flex-col sm:p-8">
              <span className="flex size-11 items-center justify-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
                <Icon className="size-5" />
              </span>
              <h3 className="mt-4 text-xl font-semibold">{t(`${key}Title`)}</h3>
              <p className="mt-2 text-ink-600">{t(`${key}Text`)}</p>
              <Link
                href={href}
                className={`mt-5 inline-flex items-center gap-1.5 font-semibold text-brand-700 ${stretchedLink}`}
              >
                {t(`${key}Link`)}
                <ArrowRightIcon className="size-4" />
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
