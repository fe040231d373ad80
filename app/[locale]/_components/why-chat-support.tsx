import { useTranslations } from 'next-intl';
import type { ComponentType, SVGProps } from 'react';
import { Card } from '@/components/ui/card';
import { GraduationIcon, HomeIcon, MapPinIcon, MoonIcon } from '@/components/ui/icons';

const FACTS: { key: 'flexible' | 'commute' | 'anywhere' | 'training'; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { key: 'flexible', Icon: MoonIcon },
  { key: 'commute', Icon: HomeIcon },
  { key: 'anywhere', Icon: MapPinIcon },
  { key: 'training', Icon: GraduationIcon },
];

export function WhyChatSupport() {
  const t = useTranslations('home.why');

  return (
    <section aria-labelledby="why-heading">
      <div className="max-w-2xl">
        <h2 id="why-heading" className="text-2xl font-bold sm:text-3xl">
          {t('heading')}
        </h2>
        <p className="mt-3 text-lg text-ink-600">{t('lead')}</p>
      </div>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FACTS.map(({ key, Icon }) => (
          <li key={key} className="flex">
            <Card className="w-full">
              <span className="flex size-11 items-center justify-center rounded-xl bg-accent-50 text-accent-600 ring-1 ring-accent-100">
                <Icon className="size-5" />
              </span>
              <h3 className="mt-4 text-lg font-semibold">{t(`${key}.title`)}</h3>
              <p className="mt-2 text-[0.9375rem] text-ink-600">{t(`${key}.text`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
