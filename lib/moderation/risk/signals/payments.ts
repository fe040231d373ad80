import { employerPays, isAboutClients, isNegated } from '../context';
import { findAll, firstWords, clauseAfter, hasMatch, phrasesOf, rx, type Match, type RiskText } from '../text';
import type { Detection } from './detection';

// Money flowing from the candidate to the "employer": the core of most chat-operator scams.

// Paying words. "Оплачиваемое обучение" and "обучение оплачивается" mean the trainee is paid, so the
// -ем/-ется forms are left out; "платформа" is not a payment.
const PAY_RU = '(?:(?:о|за|у)?плат(?!форм|еж)~|оплачива(?!ем|ется|ются)~|стоимост~|стоит|цен[аыу]|купи~|покупк~|приобре~|(?:деньги|денег) за)';
const PAID_THING_RU =
  '(?:обучени~|курс~|материал~|методич~|учебн~ (?:материал|курс|пособи)~|учебн~|регистраци~|доступ~|лицензи~|аккаунт~|учетн~ запис~|стажировк~|' +
  'тестировани~|сертификат~|сертификаци~|экзамен~|пакет~|скрипт~|баз[аыеу]|программ~|оформлени~|трудоустройств~|пропуск~|подключени~|активаци~|вступлени~|проверк~|' +
  'стартов~ набор~|страховк~ оборудовани~)';
const PAY_EN = '(?:pay|pays|paying|purchase|purchasing|buy|buying|cost of|price of)';
const PAID_THING_EN =
  '(?:training|course|courses|materials?|registration|onboarding|starter kit|kit|certificat\\w*|background check|access|' +
  'licen[cs]e|account|software|equipment|package|membership|enrol+ment|exam|assessment|certification kit)';
const PRICE = '(?:\\(?(?:\\$|€)\\d[\\d,.]*\\)?|\\d[\\d\\s,.]*\\s?(?:₽|руб~|р\\.|usd|долл~|€|eur|евро|\\$))';
// The imperative or infinitive: the candidate is told to pay. "Оплата 2 800 ₽ за смену" is income, so no nouns.
const PAY_NOW_RU = '(?:оплат(?:ить|ите)|заплат(?:ить|ите)|купи(?:ть|те)|приобре(?:сти|тите)|внес(?:ти|ите)|перевест~|переведите)';

const UPFRONT = [
  rx(`${PAY_RU}(?: за)?…${PAID_THING_RU}`),
  rx(`${PAID_THING_RU}…(?:платн~|стоит|за (?:ваш|свой) сч[е]т|оплачива(?:ет|ют)ся (?:отдельно|вами|самостоятельно|кандидатом|сотрудником))`),
  rx('взнос~|предоплат~'),
  // A price next to the thing paid for: "материалы — 1500 ₽", "certification kit ($89)".
  rx(`(?:${PAID_THING_RU}|${PAID_THING_EN})(?:\\s+[^\\s.!?;,]+){0,3}?:?\\s+(?:[—–-]\\s+)?${PRICE}`),
  // After a comma the figure may as well be the salary ("Оформление по ТК РФ, 46 000 ₽"), unless the thing is required.
  rx(`(?:нуж|необходим|требу|обязател|must|need|required)~…(?:${PAID_THING_RU}|${PAID_THING_EN})(?:\\s+[^\\s.!?;,]+){0,3}?,\\s+${PRICE}`),
  rx(`${PAY_NOW_RU}…${PRICE}`),
  rx('(?:купи|приобре|приобрет|покупа|заказ)~…(?:у нас|у компании|у работодателя|через нас)|(?:buy|purchase|order)\\w*…from us'),
  // Buying with one's own money (task scams: "выкупаете бронь за свои средства") and "X costs $35".
  rx('за (?:свои|собственн~|личн~) (?:средств|деньг)~|(?:with|from|using) your own (?:money|funds)'),
  // Gift cards are the payment scammers ask for because they cannot be traced or reversed.
  rx('(?:pay|paid|buy|purchase|send)\\w*⋯gift ?cards?|gift ?card codes?|(?:купи|оплат|пришл|отправ|приобре)~…подарочн~ карт~'),
  rx(`(?:cost|costs|стоит|обойд[е]тся) (?:вам |you )?(?:всего |only |just )?${PRICE}`),
  // Honest employers do not take money and promise it back: "вернётся с первой выплатой", "credited back".
  rx(
    '(?:верн|возвра|компенсир|возмеща)~…(?:с|вместе с|после|при|в) (?:перв|увольнени)~|' +
      '(?:refund\\w*|reimburs\\w*|credited back|returned|paid back)…(?:with|after|on|in) (?:your |the )?(?:first|\\d+ days)',
  ),
  rx('(?:регистрационн|вступительн|организационн|гарантийн)~ (?:сбор|платеж|плат)~'),
  // Fourth blind set: a "symbolic" fee to activate access, a kit with its price after a list in brackets,
  // equipment "issued under insurance" that the employee pays for.
  rx('символическ~ (?:\\d|сумм~|плат~|взнос~|оплат~)'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?:активир|откро|откры|получ)\\p{L}* доступ\\p{L}*[^.!?\\n]{0,60}?${PRICE.replaceAll('~', '\\p{L}*')}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?:стартов|рабоч|обучающ)\\p{L}* (?:набор|комплект|пакет)\\p{L}*[^.!?\\n]{0,80}?${PRICE.replaceAll('~', '\\p{L}*')}`, 'giu'),
  rx('(?:оборудовани|техник|гарнитур|ноутбук)~…под страховк~|(?:стоимост|сумм)~…(?:оформляется на (?:сотрудника|вас|кандидата)|удерживается)'),
  rx('(?:комисси|сбор)~ за (?:оформлени|трудоустройств|регистраци|подключени|обучени)~'),
  rx('(?:переведите|скиньте|отправьте)…\\d[\\d\\s]*(?:₽|руб~|р\\.)'),
  rx(`${PAY_EN}(?: for)?…${PAID_THING_EN}`),
  rx(
    '(?:training|registration|onboarding|application|processing|activation|membership|enrol+ment|admin\\w*|starter kit|kit|course|' +
      'certification|background check|equipment|setup|set-up|account) (?:fee|fees|cost|costs|charge|payment)',
  ),
  rx('(?:one-time|one time|small|refundable|upfront|up-front|initial|joining|entry) (?:fee|payment|charge)s?|fee of|pay upfront'),
  rx('(?:send|mail) you a (?:check|cheque)|(?:approved|preferred|designated) (?:vendor|supplier)'),
];

// "Оплата во время обучения", "оплата обучения 500 ₽ в день": a stipend, not a fee.
const STIPEND_INSIDE = rx('(?:во|в|на|за) (?:время|период)|(?:in|during) (?:the )?training|while training');
const STIPEND_AFTER = rx(
  '^[\\s:—–-]*(?:\\d[\\d\\s]*)?\\s*(?:₽|руб~|р\\.)?\\s*(?:в|за|/|per|a) ?(?:день|смену|час|месяц|неделю|day|shift|hour|month|week)',
);

const DEPOSIT = [
  rx('(?:внес|внос|внест|внош|оставит|оставьт|оплат|перевест|переведит)~…(?:депозит|залог)~'),
  rx('(?:страхов|гарантийн|обеспечительн|возвратн|стартов|минимальн|первоначальн|залогов)~ (?:депозит|залог)~'),
  rx('(?:депозит|залог)~ (?:в размере|от|за|на сумму|\\d[\\d\\s]*)'),
  rx('вложени~ (?:от|в размере|всего|\\d)'),
  rx('(?:минимальн|небольш|стартов|первоначальн|личн|денежн|финансов|ваш|свои|своих|собственн)~ (?:вложени|инвестици)~'),
  rx('(?:требу|нужн|необходим|потребу)~…(?:вложени|инвестици)~'),
  rx('влож(?:ить|ите|ив)~|инвестир~|инвестици~ (?:от|в размере|\\d)'),
  rx('пополните~…(?:баланс|сч[е]т|кошел)~|(?:нужно|необходимо|надо|требуется|следует|должны)…пополнить~'),
  rx('пополнить (?:свой|ваш|личный|рабочий)~ (?:баланс|сч[е]т|кошел)~|(?:стартов|рабоч)~ капитал~'),
  rx(
    '(?:pay|make|send|transfer|place|put down|leave|provide) (?:a |an |the |your )?(?:small |refundable |security |initial |one-time |upfront )?deposit|' +
      '(?:refundable|security|initial|upfront|minimum|small|required) deposit|deposit of|\\$\\d+ deposit',
  ),
  rx('(?:need|have|must|required) to invest|invest (?:\\$|\\d|a small|your own|at least)|(?:initial|small|minimum|starting|personal|your) investment|investment of'),
  rx('top up your (?:balance|account|wallet)|fund your (?:account|wallet)|(?:need|must|have) to (?:top up|fund)|(?:starting|working) capital'),
];

const MONEY_MULE = [
  rx(
    '(?:принима|получа|при[е]м)~…(?:перевод|платеж|денег|деньги|средств|оплат)~…на (?:свою|свои|вашу|ваши|личн|собственн|свой|ваш)~ ' +
      '(?:банковск~ )?(?:карт|сч[е]т)~',
  ),
  rx('(?:на|с) (?:свою|вашу|личную) (?:банковскую )?карт~…(?:переводит|переводите|перечисл|отправля)~'),
  rx('(?:переводит|переводите|перевести|перечислять)~…(?:средств|деньги|денег)~…на (?:реквизит|указанн|карт)~'),
  rx('(?:оформ|откр|завест|заведит)~…карт~ на (?:себя|сво[е] имя)|дроп(?:ов|ы|а)?|обнал~|процент~ от оборот~'),
  // Cards, accounts or SIMs registered to the candidate and handed over: the scheme needs their name.
  rx('(?:карт|сим-?карт|сч[е]т|кошел[е]к|кошельк)~,?…(?:оформленн|открыт|зарегистрированн)~ на (?:ваше|сво[е]|ваш|свой|себя)~(?: имя| паспорт)?'),
  rx('(?:клиент|покупател)~ (?:переводят|оплачивают|платят|перечисляют)~…(?:вам|на ваш|на вашу|на свой|на свою)~|(?:переда|передава)~…(?:карт|сим-?карт)~|(?:account|card|sim)\\w*…(?:in|under) your (?:own )?name|hand over (?:the |your )?(?:card|account|sim)'),
  rx('(?:принима|получа|при[е]м)~ (?:посылк|посылок|товар|отправлени)~|переупак~|переклеи~…(?:этикет|накладн)~'),
  // Customers paying to the candidate's own account details (fourth blind set).
  rx('(?:оплачива|плат|перевод|перечисля)~…(?:по|на) ваш~ реквизит~|(?:отправля|переводи|перечисля|передава)~…выручк~'),
  rx('p2p(?:-|\\s)?(?:арбитраж|трейдинг|обмен)~|арбитраж~ (?:криптовалют|крипты|usdt)~|p2p (?:arbitrage|trading)'),
  rx(
    '(?:receive|accept|process)\\w*…(?:payments|transfers|funds|money)…(?:to|into|on|through|via) your (?:own |personal )?(?:bank )?(?:account|card)|' +
      'use your (?:own |personal )?(?:bank )?(?:account|card) (?:to|for)|(?:forward|transfer|send) (?:the )?(?:funds|money|remaining balance|payments)|' +
      // Goods mules: parcels bought with stolen cards, received and re-sent by the "operator".
      '(?:receive|accept)\\w* (?:packages|parcels)|relabel\\w*|reship\\w*|' +
      'payment processing agent|money transfer agent|(?:customers?|clients?|buyers?) (?:will )?(?:pay|send|transfer)\\w*…(?:into|to) your|' +
      '(?:keep|оставляете себе) \\d+\\s?%|(?:forward|transfer) the (?:rest|remainder)',
  ),
];

function demands(text: RiskText, patterns: readonly RegExp[], extra?: (m: Match) => boolean): Match[] {
  return findAll(text, patterns).filter(
    (m) => !isNegated(text, m) && !isAboutClients(text, m) && !employerPays(text, m) && !(extra?.(m) ?? false),
  );
}

const isStipend = (text: RiskText, m: Match) =>
  hasMatch(STIPEND_INSIDE, text.norm.slice(m.start, m.end)) || hasMatch(STIPEND_AFTER, firstWords(clauseAfter(text, m), 4));

export function detectUpfrontPayment(text: RiskText): Detection | null {
  const found = demands(text, UPFRONT, (m) => isStipend(text, m));
  if (found.length === 0) return null;
  // A second distinct demand ("материалы 1500 ₽ … взнос возвращается") makes an innocent reading unlikely.
  const phrases = phrasesOf(found);
  return { code: 'upfrontPayment', weight: phrases.length > 1 ? 70 : 60, phrases };
}

export function detectDeposit(text: RiskText): Detection | null {
  const found = demands(text, DEPOSIT);
  return found.length ? { code: 'deposit', weight: 55, phrases: phrasesOf(found) } : null;
}

export function detectMoneyMule(text: RiskText): Detection | null {
  // Customers are always part of a mule scheme ("принимать переводы от клиентов"), so no customer exception.
  const found = findAll(text, MONEY_MULE).filter((m) => !isNegated(text, m));
  return found.length ? { code: 'moneyMule', weight: 50, phrases: phrasesOf(found) } : null;
}
