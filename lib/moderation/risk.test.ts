import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VacancyInput } from '@/lib/vacancies/schemas';
import { RISK_CORPUS } from './risk-corpus';
import { RISK_THRESHOLD, combineWeights, riskReasonsSchema, scoreVacancy, type RiskCode, type RiskInput } from './risk';

// A vacancy with nothing suspicious about it: each test adds one thing and looks at one signal.
const VERIFIED = { name: 'ООО «Ромашка»', website: 'https://romashka.ru', legalName: 'ООО «Ромашка»', taxId: '7701234567', verified: true };
const ad = (description: string, extra: Partial<RiskInput> = {}): RiskInput => ({
  title: 'Оператор чата поддержки',
  description,
  experience: 'noExperience',
  applyMode: 'form',
  company: VERIFIED,
  ...extra,
});
const reason = (input: RiskInput, code: RiskCode) => scoreVacancy(input).reasons.find((r) => r.code === code);
const codes = (input: RiskInput) => scoreVacancy(input).reasons.map((r) => r.code);

describe('upfrontPayment', () => {
  it.each([
    ['Для начала работы оплатите обучение — 1500 ₽.', 'оплатите обучение — 1500 ₽'],
    ['Оплата обучения 2000 руб., деньги вернём с первой зарплатой.', 'Оплата обучения'],
    ['Вы оплачиваете только учебные материалы.', 'оплачиваете только учебные материалы'],
    ['Перед стартом вносится страховой взнос 2 500 ₽.', 'взнос'],
    ['Нужно купить курс оператора, без него к работе не допускаем.', 'купить курс'],
    ['Обучение платное, 3 дня.', 'Обучение платное'],
    ['You pay a one-time $49 onboarding fee.', 'pay a one-time $49 onboarding'],
    ['A registration fee is required before your first shift.', 'registration fee'],
    ['Purchase the starter kit from our approved vendor.', 'Purchase the starter kit'],
  ])('finds the fee in %j', (text, phrase) => {
    expect(reason(ad(text), 'upfrontPayment')?.phrases).toContain(phrase);
  });

  it.each([
    'Обучение бесплатное, 5 дней, всё время оплачивается.',
    'Оплачиваемое обучение 2 недели.',
    'Обучение оплачивается по ставке 300 ₽ в час.',
    'Оплата во время обучения — 1000 ₽ в день.',
    'Мы не берём денег за обучение и не просим вложений.',
    'Мы никогда не просим оплатить обучение, материалы или регистрацию.',
    'Если кто-то просит оплатить обучение от нашего имени — это мошенники.',
    'Все налоги и страховые взносы платит работодатель.',
    'Вы помогаете клиентам оплатить страховой взнос в приложении.',
    'Отвечаете на вопросы о ставках НДС и страховых взносах.',
    'Paid training: two weeks at your regular rate.',
    'We will never ask you to pay for training.',
    'Training is free and there are no fees of any kind.',
    'The company pays for your English course.',
  ])('stays quiet on the honest %j', (text) => {
    expect(codes(ad(text))).not.toContain('upfrontPayment');
  });

  it('tells a warning from a condition', () => {
    expect(codes(ad('Если кто-то от нашего имени просит оплатить обучение — это мошенники.'))).not.toContain('upfrontPayment');
    expect(codes(ad('Если вы прошли отбор, оплатите обучение — 1500 ₽.'))).toContain('upfrontPayment');
  });

  it('does not let a contrast inherit an earlier negation', () => {
    const input = ad('Обучение бесплатное, но для работы необходимо оплатить лицензию CRM — 1490 ₽.');
    expect(reason(input, 'upfrontPayment')?.phrases).toEqual(['оплатить лицензию CRM — 1490 ₽']);
  });

  it('reads look-alike Latin letters inside Russian words and reports the original spelling', () => {
    expect(reason(ad('Oплата обучения 1200 р.'), 'upfrontPayment')?.phrases).toEqual(['Oплата обучения']);
  });
});

describe('deposit', () => {
  it.each([
    ['Для рабочего аккаунта необходимо внести страховой депозит 3000 ₽.', 'внести страховой депозит'],
    ['Залог за гарнитуру 2000 руб.', 'Залог за'],
    ['Для старта нужны вложения от 10 000 ₽.', 'нужны вложения'],
    ['Для вывода средств необходимо пополнить баланс.', 'необходимо пополнить'],
    ['A refundable security deposit of $100 is required.', 'security deposit'],
    ['You need to invest $200 to activate the account.', 'need to invest'],
  ])('finds %j', (text, phrase) => {
    expect(reason(ad(text), 'deposit')?.phrases).toContain(phrase);
  });

  it.each([
    'Консультируете клиентов по вкладам и депозитам.',
    'Без вложений, никаких депозитов.',
    'Грамотность — залог успешной работы.',
    'Отвечаете на вопросы абонентов о пополнении баланса.',
    'Help customers make a deposit in the app.',
    'Резюме присылайте во вложении к письму.',
  ])('stays quiet on %j', (text) => {
    expect(codes(ad(text))).not.toContain('deposit');
  });
});

describe('personalData', () => {
  it('weighs secrets above documents and documents sent to a messenger above plain ones', () => {
    const secret = reason(ad('Укажите в анкете номер карты, срок её действия и три цифры на обороте.'), 'personalData');
    expect(secret).toMatchObject({ weight: 60 });
    expect(secret?.phrases).toEqual(expect.arrayContaining(['срок её действия', 'цифры на обороте']));
    expect(reason(ad('Пришлите скан паспорта и СНИЛС на почту.'), 'personalData')?.weight).toBe(35);
    expect(reason(ad('Пришлите фото паспорта в Telegram.'), 'personalData')?.weight).toBe(50);
    expect(reason(ad('Send a photo of your ID and your SSN to our manager on WhatsApp.'), 'personalData')?.phrases).toEqual([
      'photo of your ID',
      'SSN',
    ]);
    expect(reason(ad('Сообщите логин и пароль от Госуслуг и код из СМС.'), 'personalData')?.weight).toBe(60);
  });

  it.each([
    'Мы никогда не спрашиваем у клиентов CVV-код и коды из СМС.',
    'Проверяете фото паспорта клиентов при верификации.',
    'При оформлении понадобятся паспорт, СНИЛС и ИНН.',
    'We will never ask for your card details.',
    'You review photos of customers\u2019 ID documents in the back office.',
    'Паспорт — документ, удостоверяющий личность.',
  ])('stays quiet on %j', (text) => {
    expect(codes(ad(text))).not.toContain('personalData');
  });
});

describe('moneyMule', () => {
  it.each([
    'Принимаете переводы от клиентов на свою банковскую карту и переводите средства на реквизиты куратора.',
    'Оплачиваем 5 000 ₽ за каждую карту, оформленную на ваше имя.',
    'Customers pay into your personal PayPal; you keep 8% and forward the rest.',
    'You will receive packages at home and reship them abroad.',
  ])('finds %j', (text) => {
    expect(codes(ad(text))).toContain('moneyMule');
  });

  it('stays quiet on a bank operator helping with transfers', () => {
    expect(codes(ad('Помогаете клиентам с переводами и блокировкой карт, передаёте сложные обращения менеджеру.'))).not.toContain('moneyMule');
  });
});

describe('messengerOnly', () => {
  it('is strong when the only way in is a messenger', () => {
    expect(reason(ad('Подробности по ссылке.', { applyMode: 'url', applyUrl: 'https://t.me/hr_olga' }), 'messengerOnly')).toMatchObject({
      weight: 30,
      phrases: ['https://t.me/hr_olga'],
    });
    expect(reason(ad('Связь только в WhatsApp.'), 'messengerOnly')?.weight).toBe(30);
    expect(reason(ad('Напишите менеджеру в WhatsApp, отклики на сайте не рассматриваются.'), 'messengerOnly')?.weight).toBe(30);
    expect(reason(ad('Interviews are conducted only via Telegram, contact @recruiter_emma.'), 'messengerOnly')?.weight).toBe(30);
  });

  it('is weak next to a real apply channel and strong again for a company without a website', () => {
    const text = 'Вопросы можно задать нашему HR-боту @bystro_hr_bot, отклик — через форму на сайте.';
    expect(reason(ad(text), 'messengerOnly')).toMatchObject({ weight: 12, phrases: ['@bystro_hr_bot'] });
    expect(reason(ad(text, { company: { name: 'Быстро' } }), 'messengerOnly')?.weight).toBe(30);
  });

  it.each([
    'Отвечаете покупателям в чате на сайте, в Telegram и WhatsApp.',
    'Пишете клиентам в Telegram, если они выбрали этот канал.',
    'Most of our customers reach us through Telegram and WhatsApp.',
    'Резюме присылайте на hr@romashka.ru.',
  ])('stays quiet on Telegram as a work channel: %j', (text) => {
    expect(codes(ad(text, { applyMode: 'email', applyEmail: 'hr@romashka.ru' }))).not.toContain('messengerOnly');
  });
});

describe('linkShortener', () => {
  it('finds shorteners in the text and the apply link, without the sentence-ending full stop', () => {
    expect(reason(ad('Анкета: bit.ly/chat-job.'), 'linkShortener')?.phrases).toEqual(['bit.ly/chat-job']);
    expect(reason(ad('Анкета по ссылке.', { applyMode: 'url', applyUrl: 'https://clck.ru/3AbC' }), 'linkShortener')?.phrases).toEqual(['https://clck.ru/3AbC']);
  });

  it('ignores look-alike domains', () => {
    expect(codes(ad('Подробнее на https://habit.lyceum.ru и https://romashka.ru/jobs.'))).not.toContain('linkShortener');
  });
});

describe('payAboveMarket', () => {
  const salary = (from: number, extra: Partial<RiskInput> = {}) =>
    ad('Отвечаете покупателям в чате.', { salaryFrom: from, salaryCurrency: 'RUB', salaryPeriod: 'month', ...extra });

  it('compares monthly RUB with the cap for the experience asked', () => {
    expect(reason(salary(60_000), 'payAboveMarket')).toBeUndefined();
    expect(reason(salary(120_000), 'payAboveMarket')).toMatchObject({ weight: 30, phrases: [] });
    expect(reason(salary(250_000), 'payAboveMarket')?.weight).toBe(40);
    expect(reason(salary(120_000, { experience: 'between3And6' }), 'payAboveMarket')).toBeUndefined();
  });

  it('converts hourly pay and foreign currency, and allows more for B2+ foreign languages', () => {
    const hourly = { salaryFrom: 35, salaryCurrency: 'USD', salaryPeriod: 'hour', hoursPerWeek: 30 } as const;
    expect(reason(ad('Chat support.', hourly), 'payAboveMarket')?.weight).toBe(40);
    const eur = { experience: 'between1And3', salaryFrom: 1800, salaryTo: 2200, salaryCurrency: 'EUR', salaryPeriod: 'month' } as const;
    expect(reason(ad('Support.', eur), 'payAboveMarket')).toBeDefined();
    expect(reason(ad('Support.', { ...eur, languages: [{ language: 'en', level: 'B2' }] }), 'payAboveMarket')).toBeUndefined();
  });

  it('uses the given rates table', () => {
    const usd = { salaryFrom: 1000, salaryCurrency: 'USD', salaryPeriod: 'month' } as const;
    expect(scoreVacancy(ad('Support.', usd), { rates: { USD: 90 } }).reasons.map((r) => r.code)).not.toContain('payAboveMarket');
    expect(scoreVacancy(ad('Support.', usd), { rates: { USD: 200 } }).reasons.map((r) => r.code)).toContain('payAboveMarket');
  });

  it('reads income promised in the text, but not fees', () => {
    expect(reason(ad('Доход до 8 000 ₽ в день!'), 'payAboveMarket')?.phrases).toEqual(['8 000 ₽ в день']);
    expect(reason(ad('Top chatters make $3,000+ a month.'), 'payAboveMarket')?.phrases).toEqual(['$3,000+ a month']);
    expect(reason(ad('Зарплата 45 000–60 000 ₽ на руки.'), 'payAboveMarket')).toBeUndefined();
    expect(reason(ad('Стоимость оборудования 150 000 ₽.'), 'payAboveMarket')).toBeUndefined();
  });

  it('ignores inconsistent salary fields rather than failing', () => {
    expect(() => scoreVacancy(salary(90_000, { salaryTo: 10 }))).not.toThrow();
    expect(() => scoreVacancy(ad('Доход 1e400 ₽ в день'))).not.toThrow();
  });
});

describe('riskyClient and tooGoodToBeTrue', () => {
  it('tells gambling and adult content from an age requirement and pay rates', () => {
    expect(reason(ad('Поддержка игроков онлайн-казино и ставок на спорт.'), 'riskyClient')?.weight).toBe(35);
    expect(reason(ad('Общение от лица модели на платформе 18+.'), 'riskyClient')?.phrases).toContain('платформе 18+');
    expect(reason(ad('Поддержка криптобиржи, выплаты в USDT, казино-партнёры.'), 'riskyClient')?.weight).toBe(45);
    expect(codes(ad('Требования: возраст 18+. Фиксированная ставка, выходные ставки выше.'))).not.toContain('riskyClient');
    expect(codes(ad('We give a stipend for a headset and webcam.'))).not.toContain('riskyClient');
  });

  it('counts distinct lures, not repetitions', () => {
    expect(reason(ad('Без собеседования! Без собеседования!'), 'tooGoodToBeTrue')?.weight).toBe(15);
    expect(reason(ad('Без собеседования, пассивный доход, места ограничены.'), 'tooGoodToBeTrue')?.weight).toBe(35);
  });
});

describe('missingCompanyDetails', () => {
  it('is weak, zero for a verified company, and not judged without a company', () => {
    expect(reason(ad('Текст.', { company: { name: 'X' } }), 'missingCompanyDetails')?.weight).toBe(12);
    expect(reason(ad('Текст.', { company: { name: 'X', taxId: '7701234567' } }), 'missingCompanyDetails')?.weight).toBe(6);
    expect(reason(ad('Текст.', { company: { name: 'X', website: 'https://t.me/x', taxId: '1' } }), 'missingCompanyDetails')?.weight).toBe(6);
    expect(reason(ad('Текст.', { company: { name: 'X', verified: true } }), 'missingCompanyDetails')).toBeUndefined();
    expect(reason(ad('Текст.', { company: undefined }), 'missingCompanyDetails')).toBeUndefined();
  });
});

describe('score', () => {
  it('combines weights as a noisy OR', () => {
    expect(combineWeights([])).toBe(0);
    expect(combineWeights([60])).toBe(60);
    expect(combineWeights([30, 12])).toBe(38);
    expect(combineWeights([100, 50])).toBe(100);
    expect(combineWeights([-5, 150, Number.NaN])).toBe(100);
  });

  it('flags at the threshold and stays within 0–100 with phrases taken from the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 400 }), fc.option(fc.double()), (title, description, salaryFrom) => {
        const input = { title, description, salaryFrom, salaryCurrency: 'RUB', salaryPeriod: 'month' } as const;
        const result = scoreVacancy(input);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.flagged).toBe(result.score >= RISK_THRESHOLD);
        for (const r of result.reasons) for (const p of r.phrases) expect(`${title}\n${description}`).toContain(p);
      }),
    );
  });

  it('is deterministic, ordered by weight and readable back through riskReasonsSchema', () => {
    const scam = RISK_CORPUS.find((e) => e.id === 's-ru-crypto-arbitrage')!.input;
    const first = scoreVacancy(scam);
    expect(scoreVacancy(structuredClone(scam))).toEqual(first);
    expect(first.reasons.map((r) => r.weight)).toEqual([...first.reasons.map((r) => r.weight)].sort((a, b) => b - a));
    expect(riskReasonsSchema.parse(JSON.parse(JSON.stringify(first.reasons)))).toEqual(first.reasons);
    expect(riskReasonsSchema.safeParse([{ code: 'nope', weight: 10, phrases: [] }]).success).toBe(false);
  });

  it('accepts a VacancyInput plus its company', () => {
    const vacancy = { title: 'Оператор', description: 'Оплатите обучение.', experience: 'noExperience', applyMode: 'form' } as VacancyInput;
    expect(scoreVacancy({ ...vacancy, company: VERIFIED }).flagged).toBe(true);
  });
});

describe('labelled corpus', () => {
  it('has enough honest and scam ads in both languages', () => {
    const count = (f: (e: (typeof RISK_CORPUS)[number]) => boolean) => RISK_CORPUS.filter(f).length;
    expect(count((e) => e.label === 'honest')).toBeGreaterThanOrEqual(20);
    expect(count((e) => e.label === 'scam')).toBeGreaterThanOrEqual(20);
    expect(count((e) => e.lang === 'ru') / RISK_CORPUS.length).toBeGreaterThan(0.6);
    expect(new Set(RISK_CORPUS.map((e) => e.id)).size).toBe(RISK_CORPUS.length);
  });

  it('meets the precision and recall targets', () => {
    const results = RISK_CORPUS.map((e) => ({ e, flagged: scoreVacancy(e.input).flagged }));
    const tp = results.filter((r) => r.e.label === 'scam' && r.flagged).length;
    const fp = results.filter((r) => r.e.label === 'honest' && r.flagged).length;
    const fn = results.filter((r) => r.e.label === 'scam' && !r.flagged).length;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const misses = results.filter((r) => (r.e.label === 'scam') !== r.flagged).map((r) => r.e.id);
    console.log(
      `risk corpus: ${RISK_CORPUS.length} ads, threshold ${RISK_THRESHOLD}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        ` (tp ${tp}, fp ${fp}, fn ${fn})${misses.length ? `; misses: ${misses.join(', ')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
