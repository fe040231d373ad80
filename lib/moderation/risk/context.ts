import {
  clauseAfter,
  clauseBefore,
  eachMatch,
  firstWords,
  hasMatch,
  lastWords,
  rx,
  sentenceAfter,
  sentenceBefore,
  sentenceOf,
  type Match,
  type RiskText,
} from './text';

// When a phrase that looks like a demand is not one: it is negated ("обучение бесплатное", "we never ask
// you to pay"), it is about the customers the operator serves ("помогать клиентам оплатить взнос"), or
// the employer is the one paying ("страховые взносы платит работодатель").

const NEGATOR = rx("не|ни|нет|никогда|никак~|без|бесплатн~|no|not|never|without|free|zero|nor|don't|doesn't|won't|isn't|aren't|dont|doesnt|wont");
// A negation stops reaching forward at a contrast: "обучение бесплатное, но нужно оплатить доступ".
const BREAKER = rx('но|однако|только|лишь|просто|зато|кроме|but|however|only|just|except|though|although');
const POST_NEGATOR = rx(
  'не (?:требу~|нуж~|взима~|бер~|запрашива~|просим|плат~|оплачива~)|нет|отсутству~|бесплатн~|' +
    "(?:is|are) (?:not|never) (?:required|needed|charged)|not (?:required|needed)|free|none|never",
);
// A negation that governs the rest of the sentence, lists included: "мы никогда не просим оплатить обучение,
// данные карты или вложения"; and warnings: "если кто-то просит оплатить обучение — это мошенники".
const GOVERNING = rx(
  'никогда|ни при как~|никто не|не…(?:просим|попросим|просить|требуем|потребуем|требовать|берем|запрашиваем|спрашиваем|взимаем|предлагаем)|' +
    "never|no one will|nobody will|(?:do|does|will|shall) not (?:ever )?(?:ask|charge|request|require|take)|(?:don't|doesn't|won't|dont|doesnt|wont) (?:ever )?(?:ask|charge|request|require|take)|" +
    // A warning names the request ("если кто-то просит"); a bare "если" is a condition: "если вы прошли отбор, оплатите…".
    'если⋯(?:прос|попрос|требу|потребу|предлага|предлож)~|if (?:anyone|someone|somebody|you are asked|a recruiter|an employer)',
);
const WARNING_AFTER = rx('мошенн~|scam~|fraud~');

function lastIndexOf(pattern: RegExp, value: string): number {
  let index = -1;
  for (const m of eachMatch(pattern, value)) index = m.index + m[0].length;
  return index;
}

function negatedFrom(pattern: RegExp, before: string): boolean {
  const at = lastIndexOf(pattern, before);
  return at >= 0 && !hasMatch(BREAKER, before.slice(at));
}

export function isNegated(text: RiskText, m: Match): boolean {
  if (negatedFrom(NEGATOR, lastWords(clauseBefore(text, m), 5))) return true;
  if (hasMatch(POST_NEGATOR, firstWords(clauseAfter(text, m), 5))) return true;
  if (negatedFrom(GOVERNING, sentenceBefore(text, m))) return true;
  return hasMatch(WARNING_AFTER, sentenceAfter(text, m));
}

// The operator's customers, in any case but the instrumental "с клиентами" / "with customers", which is
// how an ad describes the job itself ("для работы с клиентами нужно оплатить доступ").
const CLIENT_WORDS =
  '(?:клиент|покупател|пользовател|абонент|пассажир|гост|студент|учени|подписчик|игрок|водител|родител|пациент|посетител|заказчик|турист|слушател)~|' +
  'customers?|clients?|users?|subscribers?|players?|guests?|students?|learners?|passengers?|drivers?|cardholders?|parents?|patients?|visitors?|buyers?|shoppers?|travell?ers?|tenants?';
const CLIENT = new RegExp(`(?<!(?:^|\\s)(?:с|with)\\s+)${rx(CLIENT_WORDS).source}`, 'giu');
// "фото паспорта клиентов" (the genitive right after the phrase; "пакет скриптов и доступ к базе клиентов"
// is still the candidate's purchase), "the deposit we hold on the guest's card".
const CLIENT_GENITIVE_NEXT = rx('^(?:клиент|покупател|пользовател|абонент|пассажир|подписчик|родител|пациент|гост|игрок)(?:а|ов|ей|я)');
const CLIENT_POSSESSIVE = rx(
  "(?:customer|client|guest|user|passenger|patient|player|student)(?:'s|s')|(?:of|from|for) (?:the |our )?(?:customers?|clients?|users?|guests?|parents?|patients?)",
);
// "Помогаете забронировать машину с предоплатой": the operator helps someone else do it. Not "поможем"
// (we will help you), which is how an ad offers the candidate an instalment plan.
const HELPING = rx('помога~|помоч~|help~|assist~');
// "Вы будете помогать клиентам оформить полис, …, подсказывать, как оплатить взнос": a duty described for
// the customers covers the whole sentence.
const DUTY = rx(
  '(?:помога|помоч|консультир|подсказыва|объясня|отвеча|обслужива|сопровожда|рассказыва|информир|записыва|help|assist|advise|explain|support|guide|tell|inform)~…' +
    `(?:${CLIENT_WORDS})`,
);

// "Отвечаете на вопросы о ставках НДС и страховых взносах": the subject the operator answers about. Without
// the answering verb, "по вопросам оплаты обучения пишите в Telegram" stays a demand.
const TOPIC = rx('(?:отвеча|консультир|рассказыва|объясня|answer|advis|explain)~…(?:о|об|по|про|about|on|regarding)');

/** True when the phrase describes the customers' money or documents, or a topic of the work itself. */
export function isAboutClients(text: RiskText, m: Match): boolean {
  const near = `${lastWords(clauseBefore(text, m), 6)} ${text.norm.slice(m.start, m.end)}`;
  if (hasMatch(CLIENT, near)) return true;
  if (hasMatch(CLIENT_GENITIVE_NEXT, clauseAfter(text, m).trimStart())) return true;
  if (hasMatch(CLIENT_POSSESSIVE, firstWords(clauseAfter(text, m), 6))) return true;
  if (hasMatch(HELPING, lastWords(clauseBefore(text, m), 6))) return true;
  return hasMatch(DUTY, sentenceBefore(text, m)) || hasMatch(TOPIC, sentenceBefore(text, m));
}

const EMPLOYER_PAYS = rx(
  'за сч[е]т (?:компании|работодателя|нас|фирмы|организации)|' +
    '(?:компания|работодатель|мы|фирма) (?:сам~ )?(?:оплачива~|плат~|уплачива~|перечисля~|отчисля~|покрыва~|бер~ на себя)|' +
    '(?:оплачива~|плат~|уплачива~) (?:компания|работодатель|банк|фирма|организация)|за (?:сотрудник|работник)~|' +
    '(?:we|the company|the employer|employer|company) (?:will )?(?:pay|pays|cover|covers)|' +
    '(?:paid|covered) (?:for )?by (?:us|the company|the employer|our company)|at our (?:own )?expense|on us',
);

// "Компенсируем 50% стоимости курсов": the verb comes first. After the phrase the same verb is a refund
// promise ("оплатить лицензию 1490 ₽, компенсируем в первый месяц"), the mark of a fee, so only before.
const WE_PAY_BEFORE = rx('оплачиваем|компенсируем|возмещаем|покрываем|we (?:cover|reimburse|pay for|refund)');

/** True when the sentence says the employer pays (contributions, training costs), not the candidate. */
export const employerPays = (text: RiskText, m: Match) =>
  hasMatch(EMPLOYER_PAYS, sentenceOf(text, m)) || hasMatch(WE_PAY_BEFORE, lastWords(clauseBefore(text, m), 4));
