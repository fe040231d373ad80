import { isNegated } from '../context';
import { findAll, phrasesOf, rx, type RiskText } from '../text';
import type { Detection } from './detection';

// Two schemes the rules missed on the fourth blind set (docs/decisions/011, "What the misses taught"):
// "buyout" task scams and pyramids that pay for recruits.

// Task scams: the "operator" buys goods or completes orders with their own money for a "cashback", the first
// rounds pay out, then the sums grow and nothing comes back. "Процент выкупа" (the share of orders customers
// pick up) is an honest shop's KPI, so a buyout counts only as the candidate's task, with a cashback, or
// as "the first buyout".
const TASKS = [
  rx('(?:выполн|дела|соверша|сделать|оформля)~…выкуп~|выкуп~ (?:товар|заказ)~ (?:по задани|от куратор|за свои)~|перв~ выкуп~'),
  rx('выкуп~⋯(?:кешб[е]к|кэшб[е]к|cashback)~|(?:кешб[е]к|кэшб[е]к)~ \\d'),
  rx('(?:задани|заказ)~ (?:от|по заданию) куратор~|куратор~ (?:выда|присыла|отправля)~…задани~'),
  rx(
    '(?:complete|finish|submit)\\w*…(?:tasks|orders|ratings|reviews)…(?:commission|cashback|earn\\w*)|boost (?:product )?(?:ratings|sales)|' +
      '(?:order|product|app) (?:boosting|optimi[sz]ation) tasks|task (?:sets|packages|bundles)',
  ),
];

export function detectTaskScam(text: RiskText): Detection | null {
  const found = findAll(text, TASKS).filter((m) => !isNegated(text, m));
  return found.length ? { code: 'taskScam', weight: 45, phrases: phrasesOf(found) } : null;
}

// Pyramids: the income comes from the people the candidate brings in ("20% с заработка каждого, кого вы
// пригласите"), usually next to a starter kit sold by the "mentor".
const PYRAMID = [
  rx('(?:\\d+\\s?%|процент~) (?:с|от) (?:заработк|доход|выплат|продаж)~ (?:каждого|приглаш|привед|ваших (?:приглаш|рефер)|вашей команд)~'),
  rx('кого вы (?:пригласите|приведете|позовете|привлечете)|за каждого (?:приглаш|привед|привлеч)~|(?:доход|бонус|процент|оплат)~ за (?:приглаш|привед|привлеч)~'),
  rx(
    '(?:earn|get|receive)\\w* (?:\\d+% )?(?:from|on|of) (?:your |the )?(?:team|recruits|referrals|downline)|' +
      '(?:bonus|commission|earn\\w*) (?:for|per) (?:each )?(?:referral|recruit)\\w*|everyone you (?:invite|recruit|bring)',
  ),
];

export function detectPyramid(text: RiskText): Detection | null {
  const found = findAll(text, PYRAMID).filter((m) => !isNegated(text, m));
  return found.length ? { code: 'pyramid', weight: 40, phrases: phrasesOf(found) } : null;
}
