import { headers } from 'next/headers';
import { Suspense } from 'react';
import { REQUEST_SEARCH_HEADER, safeRequestSearch } from '@/lib/http/request-search';
import { LanguageLinks, LanguageLinksWithQuery, type LanguageSwitcherProps } from './language-links';

/**
 * Links to the same page in the other languages, keeping path and query. The layout is not given the
 * page's search params, so the query comes from the request (proxy.ts copies it into a header): the links
 * keep it without JavaScript too.
 */
export async function LanguageSwitcher(props: LanguageSwitcherProps) {
  const search = safeRequestSearch((await headers()).get(REQUEST_SEARCH_HEADER));
  return (
    <Suspense fallback={<LanguageLinks {...props} search={search.slice(1)} />}>
      <LanguageLinksWithQuery {...props} serverSearch={search} />
    </Suspense>
  );
}
