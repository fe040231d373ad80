import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { toRawSearchParams } from '@/lib/api/params';
import { getCatalogueFeedCards } from '@/lib/feeds/queries';
import { catalogueFeedHead, feedNotFound, feedResponse, vacancyFeed } from '@/lib/feeds/vacancy-feed';
import { getExchangeRates } from '@/lib/rates/queries';
import { parseCatalogueParams } from '@/lib/vacancies/search-params';

// RSS for any catalogue search: the page's parameters, read by the page's parser (lenient, as the page is).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return feedNotFound();
  const { filters } = parseCatalogueParams(toRawSearchParams(new URL(request.url).searchParams));
  const [cards, rates] = await Promise.all([getCatalogueFeedCards(filters), getExchangeRates()]);
  return feedResponse(vacancyFeed(catalogueFeedHead(filters, locale), cards, locale, rates));
}
