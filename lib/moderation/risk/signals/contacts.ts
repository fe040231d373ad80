import { isAboutClients, isNegated } from '../context';
import { findAll, hasMatch, phrasesOf, rx, sentenceOf, type Match, type RiskText } from '../text';
import type { RiskInput } from '../types';
import type { Detection } from './detection';

// Scammers move the conversation to a messenger account that disappears after the payment, and hide
// where a link leads behind a shortener.

const MESSENGER_WORDS =
  '(?:телеграм~|телег[аеиуы]~|telegram~|тг|tg|ватсап~|вотсап~|вацап~|whats\\s?app|вайбер~|viber|личк[уеи]|лс|директ|dm|dms|' +
  'личн~ сообщени~|private messages?|direct messages?)';
export const MESSENGER = rx(MESSENGER_WORDS);

const MESSENGER_HOSTS = ['t.me', 'telegram.me', 'telegram.dog', 'wa.me', 'api.whatsapp.com', 'chat.whatsapp.com', 'whatsapp.com', 'viber.click', 'invite.viber.com', 'vk.me'];
const SHORTENER_HOSTS = [
  'bit.ly', 'bitly.com', 'clck.ru', 'tinyurl.com', 'tinyurl.ru', 'goo.su', 'goo.gl', 'cutt.ly', 't.ly', 'is.gd', 'v.gd', 'ow.ly', 'rebrand.ly',
  'shorturl.at', 'shorturl.ru', 'vk.cc', 'u.to', 'qps.ru', 'rb.gy', 'tiny.cc', 'buff.ly', 's.id', 'gg.gg', 'surl.li', 'clc.to', 'lnk.do', 'to.click',
];

const escapeHost = (host: string) => host.replaceAll('.', '\\.');
const linkTo = (hosts: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}._@/-])(?:https?://)?(?:www\\.)?(?:${hosts.map(escapeHost).join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])` +
      // The path, without the full stop or comma that ends the sentence around it.
      `(?:/(?:[^\\s)\\]»"',]*[^\\s)\\]»"',.!?;:])?)?`,
    'giu',
  );

const CONTACT = [
  rx(
    '(?:пиш|напиш|писать|обраща|обрат|свяж|связ|откликай|отклик|резюме|присыл|пришл|отправля|отправьт|контакт|вопрос|подробн|узна|ж[е]м|стучит|добав|анкет|собеседовани)~' +
      `⋯(?:в |во |на |через |по )?${MESSENGER_WORDS}`,
  ),
  rx(`(?:message|text|write|contact|reach|dm|ping|apply|send|add|chat|talk|details|questions?|interviews?)\\w*⋯(?:on|via|in|through|at|over|to) ${MESSENGER_WORDS}`),
  linkTo(MESSENGER_HOSTS),
  // A Telegram handle; "hr@site.ru" is an e-mail address, so "@" must not follow a letter.
  /(?<![\p{L}\p{N}._@])@[a-z][a-z0-9_]{3,31}(?![\p{L}\p{N}_@-])(?!\.[\p{L}\p{N}])/giu,
];
// "Only in Telegram", or the ad turning away the site's own channel: "отклики на сайте не рассматриваются".
const EXCLUSIVE = rx(
  'только|исключительно|лишь|only|exclusively|solely|не (?:рассматрива|принима|чита|отвеча|смотр)~|' +
    "(?:do not|don't) (?:apply|respond) (?:here|on|through|via)|(?:not|won't be|will not be) (?:considered|reviewed|read)",
);

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const isHostIn = (host: string | null, hosts: readonly string[]) => host !== null && hosts.some((h) => host === h || host.endsWith(`.${h}`));
export const isMessengerUrl = (url: string | null | undefined) => isHostIn(hostOf(url), MESSENGER_HOSTS);
export const isShortenerUrl = (url: string | null | undefined) => isHostIn(hostOf(url), SHORTENER_HOSTS);

/** An apply route that stays on a real domain: the site's own form, an e-mail, or a normal link. */
function hasRealApplyChannel(input: RiskInput): boolean {
  switch (input.applyMode) {
    case 'form':
      return true;
    case 'email':
      return Boolean(input.applyEmail);
    case 'url':
      return Boolean(input.applyUrl) && hostOf(input.applyUrl) !== null && !isMessengerUrl(input.applyUrl) && !isShortenerUrl(input.applyUrl);
    default:
      return false;
  }
}

export function detectMessengerOnly(text: RiskText, input: RiskInput): Detection | null {
  const contacts = findAll(text, CONTACT).filter((m) => !isNegated(text, m) && !isAboutClients(text, m));
  const applyInMessenger = isMessengerUrl(input.applyUrl);
  if (contacts.length === 0 && !applyInMessenger) return null;
  const phrases = phrasesOf(contacts);
  if (applyInMessenger && input.applyUrl) phrases.push(input.applyUrl);
  const exclusive = contacts.some((m: Match) => hasMatch(EXCLUSIVE, sentenceOf(text, m)));
  // "Questions to our HR bot in Telegram, apply through the form" is a convenience, not a red flag by itself;
  // from a company with no website of its own, the messenger account is all a candidate can ever check.
  const noWebsite = input.company != null && !hostOf(input.company.website);
  const weight = applyInMessenger || exclusive || noWebsite || !hasRealApplyChannel(input) ? 30 : 12;
  return { code: 'messengerOnly', weight, phrases: [...new Set(phrases)] };
}

export function detectLinkShortener(text: RiskText, input: RiskInput): Detection | null {
  const phrases = phrasesOf(findAll(text, [linkTo(SHORTENER_HOSTS)]));
  for (const url of [input.applyUrl, input.company?.website]) if (url && isShortenerUrl(url)) phrases.push(url);
  return phrases.length ? { code: 'linkShortener', weight: 25, phrases: [...new Set(phrases)] } : null;
}
