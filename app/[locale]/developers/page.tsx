import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { API_MAX_AGE, API_RATE_LIMIT, MAX_LIMIT } from '@/lib/api/schemas';
import { FEED_MAX_AGE } from '@/lib/feeds/vacancy-feed';
import { buildPageMetadata } from '@/lib/seo';
import { CodeBlock, DocSection, docTags, proseText } from './_components/doc-section';
import { EXAMPLES, sampleSuggestions, sampleVacancy } from './_components/examples';
import { ParamsList } from './_components/params-list';

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = ['about', 'quickstart', 'params', 'response', 'errors', 'suggest', 'salaries', 'feeds', 'limits', 'terms'] as const;
const RESPONSE_FIELDS = ['url', 'salary', 'shifts', 'languages', 'flags', 'dates'] as const;
const ERRORS = ['invalid', 'notFound', 'rateLimited', 'server'] as const;
const TERMS = ['attribution', 'linkBack', 'accuracy', 'freshness', 'fair'] as const;

const list = 'list-disc space-y-2 pl-6 marker:text-brand-500';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'developers.meta' });
  return buildPageMetadata({ path: '/developers', locale, title: t('title'), description: t('description') });
}

export default async function DevelopersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations('developers');

  return (
    <>
      <PageIntro eyebrow={t('eyebrow')} title={t('title')} lead={t('lead')} />
      <Container className="grid gap-10 py-12 sm:py-16 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-16">
        <aside>
          <nav aria-labelledby="developers-toc-heading" className="rounded-card border border-line bg-surface/70 p-5 lg:sticky lg:top-24">
            <h2 id="developers-toc-heading" className="text-sm font-semibold text-ink-700">
              {t('toc')}
            </h2>
            <ul className="mt-3 space-y-0.5 text-[0.9375rem]">
              {SECTIONS.map((key) => (
                <li key={key}>
                  <a href={`#${key}`} className="block rounded-lg px-2 py-1.5 text-ink-800 hover:bg-sand-100 hover:text-ink-950">
                    {t(`${key}.title`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>

        <div className="min-w-0 max-w-[75ch] space-y-14 sm:space-y-16">
          <DocSection anchor="about" title={t('about.title')}>
            <p className={proseText}>{t.rich('about.p1', docTags)}</p>
            <p className={proseText}>{t('about.p2')}</p>
            <p className={proseText}>{t.rich('about.openapi', docTags)}</p>
          </DocSection>

          <DocSection anchor="quickstart" title={t('quickstart.title')}>
            <p className={proseText}>{t('quickstart.list')}</p>
            <CodeBlock>{EXAMPLES.list}</CodeBlock>
            <p className={proseText}>{t.rich('quickstart.next', docTags)}</p>
            <CodeBlock>{EXAMPLES.next}</CodeBlock>
            <p className={proseText}>{t('quickstart.one')}</p>
            <CodeBlock>{EXAMPLES.one}</CodeBlock>
            <p className={proseText}>{t('quickstart.etag')}</p>
            <CodeBlock>{EXAMPLES.etag}</CodeBlock>
          </DocSection>

          <DocSection anchor="params" title={t('params.title')}>
            <p className={proseText}>{t.rich('params.lead', docTags)}</p>
            <ParamsList />
          </DocSection>

          <DocSection anchor="response" title={t('response.title')}>
            <p className={proseText}>{t.rich('response.lead', docTags)}</p>
            <ul className={`${list} ${proseText}`}>
              {RESPONSE_FIELDS.map((key) => (
                <li key={key}>{t.rich(`response.fields.${key}`, docTags)}</li>
              ))}
            </ul>
            <p className={proseText}>{t('response.order')}</p>
            <p className={proseText}>{t('response.sampleCaption')}</p>
            <CodeBlock>{sampleVacancy(locale, { title: t('response.sampleTitle'), company: t('response.sampleCompany') })}</CodeBlock>
          </DocSection>

          <DocSection anchor="errors" title={t('errors.title')}>
            <p className={proseText}>{t.rich('errors.lead', docTags)}</p>
            <ul className={`${list} ${proseText}`}>
              {ERRORS.map((key) => (
                <li key={key}>{t.rich(`errors.${key}`, docTags)}</li>
              ))}
            </ul>
          </DocSection>

          <DocSection anchor="suggest" title={t('suggest.title')}>
            <p className={proseText}>{t.rich('suggest.lead', docTags)}</p>
            <CodeBlock>{EXAMPLES.suggest}</CodeBlock>
            <p className={proseText}>{t.rich('suggest.answer', docTags)}</p>
            <CodeBlock>{sampleSuggestions(locale)}</CodeBlock>
          </DocSection>

          <DocSection anchor="salaries" title={t('salaries.title')}>
            <p className={proseText}>{t.rich('salaries.lead', docTags)}</p>
            <CodeBlock>{EXAMPLES.salaries}</CodeBlock>
            <p className={proseText}>{t.rich('salaries.answer', docTags)}</p>
          </DocSection>

          <DocSection anchor="feeds" title={t('feeds.title')}>
            <p className={proseText}>{t.rich('feeds.lead', docTags)}</p>
            <p className={proseText}>{t('feeds.catalogue')}</p>
            <CodeBlock>{EXAMPLES.catalogueFeed}</CodeBlock>
            <p className={proseText}>{t('feeds.company')}</p>
            <CodeBlock>{EXAMPLES.companyFeed}</CodeBlock>
            <p className={proseText}>{t.rich('feeds.discover', docTags)}</p>
          </DocSection>

          <DocSection anchor="limits" title={t('limits.title')}>
            <ul className={`${list} ${proseText}`}>
              <li>{t('limits.rate', { points: API_RATE_LIMIT.points })}</li>
              <li>{t('limits.page', { max: MAX_LIMIT })}</li>
              <li>{t('limits.cache', { apiSeconds: API_MAX_AGE, feedMinutes: FEED_MAX_AGE / 60 })}</li>
              <li>{t('limits.cors')}</li>
            </ul>
          </DocSection>

          <DocSection anchor="terms" title={t('terms.title')}>
            <p className={proseText}>{t('terms.lead')}</p>
            <ul className={`${list} ${proseText}`}>
              {TERMS.map((key) => (
                <li key={key}>{t(`terms.${key}`)}</li>
              ))}
            </ul>
            <p className={proseText}>{t('terms.changes')}</p>
          </DocSection>
        </div>
      </Container>
    </>
  );
}
