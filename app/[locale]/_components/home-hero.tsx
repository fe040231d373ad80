import Form from 'next/form';
import { useLocale, useTranslations } from 'next-intl';
import { SearchCombobox } from '@/components/search/search-combobox';
import { Container } from '@/components/ui/container';
import { SearchIcon } from '@/components/ui/icons';
import { getPathname } from '@/i18n/navigation';
import { ChatPreview } from './chat-preview';
import { QuickFilters } from './quick-filters';

export function HomeHero() {
  const t = useTranslations('home');
  const locale = useLocale();

  return (
    <section aria-labelledby="hero-heading" className="relative overflow-hidden border-b border-line">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--color-brand-100),transparent_70%),radial-gradient(40rem_24rem_at_-10%_110%,var(--color-accent-100),transparent_70%)] opacity-80"
      />
      <Container className="relative grid items-center gap-12 py-12 sm:py-16 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)] lg:gap-16 lg:py-20">
        <div>
          <p className="inline-flex items-center gap-2 rounded-full bg-surface/80 px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-brand-100">
            <span className="size-2 rounded-full bg-accent-500" aria-hidden="true" />
            {t('hero.eyebrow')}
          </p>
          <h1 id="hero-heading" className="mt-5 text-[2rem] font-bold leading-[1.12] sm:text-5xl sm:leading-[1.08]">
            {t('hero.title')}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink-700">{t('hero.lead')}</p>

          <Form
            action={getPathname({ href: '/vacancies', locale })}
            role="search"
            className="mt-8 rounded-card border border-line bg-surface p-3 shadow-raised sm:p-4"
          >
            <SearchCombobox
              id="home-search"
              label={t('search.label')}
              labelClassName="px-1"
              placeholder={t('search.placeholder')}
              rowClassName="flex flex-col gap-3 sm:flex-row"
              inputClassName="min-h-13 pr-3 pl-11"
              icon={<SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-ink-400" />}
            >
              <button
                type="submit"
                className="inline-flex min-h-13 items-center justify-center gap-2 rounded-control bg-brand-700 px-6 text-base font-semibold text-white shadow-sm transition-colors hover:bg-brand-800 active:bg-brand-900"
              >
                {t('search.submit')}
              </button>
            </SearchCombobox>
          </Form>

          <QuickFilters />
        </div>

        <ChatPreview />
      </Container>
    </section>
  );
}
