import { createTranslator, type Locale, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { MESSAGES, type AppMessages } from '@/messages';

// Mail, CSV and feeds are written outside a request (jobs, actions, tests), so they translate with
// createTranslator over the catalogs rather than getTranslations. One translator and one language type
// for all of them: the language is the recipient's, stored on the row, never the request's.

/** The languages a message can be written in (the site's locales). */
export type MailLocale = Locale;

/** A stored language preference read safely: anything but English is Russian, the site's default. */
export const toMailLocale = (stored: string | null | undefined): MailLocale => (stored === 'en' ? 'en' : 'ru');

type Namespace = NamespaceKeys<AppMessages, NestedKeyOf<AppMessages>>;

/** `t` for one namespace in the recipient's language. */
export function mailTranslator<N extends Namespace>(locale: MailLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
