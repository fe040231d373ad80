import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { MESSAGES } from '../messages';
import { routing } from './routing';

export const TIME_ZONE = 'Europe/Moscow';

export default getRequestConfig(async ({ locale: override, requestLocale }) => {
  // `override` comes from getTranslations({ locale }) etc.; otherwise the [locale] segment (or proxy header).
  const requested = override ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    messages: MESSAGES[locale],
    // A fixed zone keeps server and client date formatting identical.
    timeZone: TIME_ZONE,
  };
});
