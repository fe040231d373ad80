import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getCompanyFeed } from '@/lib/feeds/queries';
import { companyFeedHead, feedNotFound, feedResponse, vacancyFeed } from '@/lib/feeds/vacancy-feed';
import { getExchangeRates } from '@/lib/rates/queries';

// RSS of one company's open vacancies; unknown and blocked companies are a 404, as their pages.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return feedNotFound();
  const feed = await getCompanyFeed(slug);
  if (!feed) return feedNotFound();
  const rates = await getExchangeRates();
  return feedResponse(vacancyFeed(companyFeedHead(feed.company, locale), feed.cards, locale, rates));
}
