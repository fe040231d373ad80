import { isNegated } from '../context';
import { findAll, phrasesOf, rx, type RiskText } from '../text';
import type { Detection } from './detection';

// Who the operator would work for, and how the ad sells itself.

const RISKY_CLIENTS = [
  {
    // Gambling and adult projects hire "chat operators" with no contract and often pay in crypto.
    weight: 35,
    patterns: [
      rx('казино|онлайн-казино|casino~|букмекер~|беттинг~|betting|gambling|гемблинг~|гэмблинг~|игорн~|покер~|poker|sportsbook~|i-?gaming'),
      rx('(?:ставк~|ставок) на спорт|спортивн~ ставк~|sports?\\s?betting'),
      rx('эскорт~|escort~|вебкам~|webcam (?:model|studio|site|chat)~|cam ?girls?|cam models?|onlyfans|only fans|fansly|интим~|эротик~|эротич~|sexting|nsfw|чаттер~|chatters?'),
      // "18+" alone is usually an age requirement ("возраст 18+"); only content marked 18+ counts.
      rx('(?:контент|проект|тематик|сайт|платформ|ниш|формат)~ 18\\+|18\\+ (?:контент|проект|тематик|сайт|платформ|ниш|content|platform|site|niche)|adult (?:content|site|platform|industry|niche|chat)'),
      rx('(?:общени|переписк)~…от (?:лица|имени) (?:модел|девушк)~|on behalf of (?:the )?(?:models?|creators?|girls?)'),
      // Dating-site "translators" writing from the agency's profiles (fourth blind set).
      rx('от (?:лица|имени) (?:анкет|девушек|женщин|женских анкет)~|on behalf of (?:the |our )?(?:profiles|women|ladies)'),
    ],
  },
  {
    // Crypto and forex are legal in places, so this weighs less: alone it does not flag an ad.
    weight: 25,
    patterns: [rx('криптовалют~|крипт[аоуы]|криптобирж~|биткоин~|bitcoin|crypto\\w*|cryptocurrenc\\w*|usdt|tether|блокчейн~|forex|форекс~|бинарн~ опцион~|binary options')],
  },
];

export function detectRiskyClient(text: RiskText): Detection | null {
  let weight = 0;
  let categories = 0;
  const matches = [];
  for (const group of RISKY_CLIENTS) {
    const found = findAll(text, group.patterns).filter((m) => !isNegated(text, m));
    if (found.length === 0) continue;
    categories += 1;
    weight = Math.max(weight, group.weight);
    matches.push(...found);
  }
  if (categories === 0) return null;
  matches.sort((a, b) => a.start - b.start);
  return { code: 'riskyClient', weight: categories > 1 ? weight + 10 : weight, phrases: phrasesOf(matches) };
}

const TOO_GOOD = [
  rx('без собеседовани~|собеседовани~ нет|нет собеседовани~|no interviews?|without (?:an )?interview'),
  rx('(?:начать|начните|начинайте|приступ~|выход~|старт~|работать) (?:работать )?(?:прямо )?(?:сегодня|в день обращения|прямо сейчас)|start (?:working |earning )?(?:today|right now)'),
  rx('гарантированн~ (?:доход|зараб|выплат|трудоустройств)~|guaranteed (?:income|earnings|pay|payouts|employment|job)|earnings are guaranteed'),
  rx('пассивн~ доход~|л[е]гк~ (?:деньги|зараб~|доход~)|passive income|easy money'),
  rx('доход~ (?:не ограничен~|без ограничений)|неограниченн~ доход~|unlimited (?:income|earnings)'),
  rx('(?:мест~|вакансий) ограничен~|осталось \\d+ мест~|успей~|только сегодня|(?:limited|few) (?:spots|places|seats)'),
  rx('(?:мгновенн|моментальн)~ (?:вывод|выплат)~|вывод~ (?:средств|денег|заработка)|withdraw (?:your )?(?:funds|earnings)|instant (?:payouts|withdrawals?)'),
  rx('работ~…с телефона|from your phone'),
  rx('\\d+(?:[.,]\\d+)?\\s?% (?:в день|ежедневно|daily|a day|per day)'),
  rx('ежедневн~ выплат~|выплат~ ежедневно|daily payouts?|paid daily'),
  rx('в тот же день|same[- ]day (?:hiring|hire|start)|hire (?:you )?the same day|(?:start|hired) within (?:an|one) hour'),
  // "Реферальная программа" alone is a lure; income from recruits is the pyramid signal (./schemes.ts).
  rx('реферальн~'),
  // Engagement bait of social-network job spam: "пиши «+» в личку".
  rx('(?:пиши|пишите|ставь|ставьте|жми)~ [«"]?\\+'),
  rx('(?:верн|возвра)~…с (?:комисси|процент|бонус)~|(?:commission|cashback) on (?:each|every) (?:task|order)'),
];

export function detectTooGoodToBeTrue(text: RiskText): Detection | null {
  const kinds = TOO_GOOD.map((pattern) => findAll(text, [pattern]).filter((m) => !isNegated(text, m)));
  const matches = kinds.flat().sort((a, b) => a.start - b.start);
  if (matches.length === 0) return null;
  // One lure can be clumsy copywriting; several different ones are the script of a scam ad. The same lure
  // repeated in the title and the text counts once.
  const distinct = kinds.filter((k) => k.length > 0).length;
  const weight = distinct >= 3 ? 35 : distinct === 2 ? 25 : 15;
  return { code: 'tooGoodToBeTrue', weight, phrases: phrasesOf(matches) };
}
