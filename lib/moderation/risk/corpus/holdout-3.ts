import type { RiskCorpusEntry } from './types';

// A third blind set, written after the fixes prompted by the second one and scored once before any
// further change (first-run figures in risk-corpus.ts).
export const HOLDOUT_3: RiskCorpusEntry[] = [
  {
    id: 'z-h-ru-buyout-kpi',
    label: 'honest',
    lang: 'ru',
    why: 'e-commerce KPI "процент выкупа" (share of orders customers pick up) and COD questions',
    input: {
      title: 'Оператор чата отдела подтверждения заказов',
      description: `Интернет-магазин бытовой техники ищет операторов в отдел подтверждения заказов.

Вы пишете покупателям в чат, подтверждаете состав заказа и адрес, отвечаете на вопросы об оплате при получении. Наша главная метрика — процент выкупа заказов, за его рост платим премию.

Оклад 40 000 ₽ + премия до 15 000 ₽, 5/2.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 40000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ТехноДом', website: 'https://tehnodom-shop.ru', legalName: 'ООО «ТехноДом»', taxId: '6316123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'z-h-ru-course-perk',
    label: 'honest',
    lang: 'ru',
    why: 'perk: the company reimburses half of an English course after probation',
    input: {
      title: 'Специалист поддержки маркетплейса путешествий',
      description: `Сервис бронирования туров ищет специалиста в чат поддержки.

Задачи: изменения бронирований, возвраты, вопросы о визах и страховках.

Бонусы: компенсируем 50% стоимости курсов английского после испытательного срока, оплачиваем профессиональные конференции, ДМС.

Зарплата 60–75 тыс. ₽, опыт в поддержке от года.`,
      experience: 'between1And3',
      applyMode: 'form',
      salaryFrom: 60000,
      salaryTo: 75000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ТурГид', website: 'https://turgid.travel', legalName: 'ООО «ТурГид»', taxId: '7704567812', country: 'RU', verified: true },
    },
  },
  {
    id: 'z-h-ru-own-headset',
    label: 'honest',
    lang: 'ru',
    why: 'candidate needs own laptop and headset (bought anywhere), with a typical price hint',
    input: {
      title: 'Оператор чата и почты (удалённо)',
      description: `Сервис подписки на кофе ищет оператора чата и почты.

Что понадобится: свой ноутбук, стабильный интернет и гарнитура — подойдёт любая, от 1 000 ₽ в обычном магазине. Ничего покупать у нас не нужно.

График 2/2, 38–45 тыс. ₽, обучение 3 дня с оплатой.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 38000,
      salaryTo: 45000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Кофе по подписке', website: 'https://coffee-sub.ru', legalName: 'ООО «Кофейная подписка»', taxId: '7811987654', country: 'RU', verified: false },
    },
  },
  {
    id: 'z-h-ru-gov-portal',
    label: 'honest',
    lang: 'ru',
    why: 'regional government portal support: Gosuslugi as the topic, SMS codes as something never to ask',
    input: {
      title: 'Оператор чата поддержки регионального портала услуг',
      description: `Центр поддержки регионального портала госуслуг набирает операторов чата.

Вы объясняете жителям, как записаться к врачу, подать заявление в детский сад и оплатить штраф, помогаете восстановить доступ к Госуслугам через МФЦ.

Правило номер один: оператор никогда не просит у жителя пароль или код из СМС.

Оформление по ТК РФ, 46 000 ₽, 5/2.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://cpp-region.ru/vacancy/chat',
      salaryFrom: 46000,
      salaryTo: 46000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ГКУ «Центр поддержки портала»', website: 'https://cpp-region.ru', legalName: 'ГКУ «ЦПП»', taxId: '5260123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'z-h-en-equipment-stipend',
    label: 'honest',
    lang: 'en',
    why: 'equipment stipend: the employee buys a headset and the company reimburses it with the first paycheck',
    input: {
      title: 'Customer Support Chat Agent (Remote, EU)',
      description: `Fernway is an online furniture store. Our chat agents help customers with delivery slots, damaged items and returns.

You'll need your own computer. We give every new agent a EUR 150 equipment stipend for a headset and webcam, paid with your first paycheck.

English B2, 1+ year in support. EUR 1,500 per month.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'B2' }],
      applyMode: 'url',
      applyUrl: 'https://fernway.com/careers/chat-agent',
      salaryFrom: 1500,
      salaryTo: 1500,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Fernway', website: 'https://fernway.com', legalName: 'Fernway BV', taxId: 'NL859876543B01', country: 'NL', verified: true },
    },
  },
  {
    id: 'z-h-en-casino-free-hotel',
    label: 'honest',
    lang: 'en',
    why: 'resort hotel chat mentions its on-site casino among amenities',
    input: {
      title: 'Reservations Chat Agent — Resort & Spa',
      description: `Seabreeze Resort & Spa is looking for a reservations chat agent.

You will answer questions about rooms, spa treatments, our restaurants and the on-site casino, and make reservations in Opera PMS.

English C1, previous hotel experience preferred. USD 1,300 per month.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'C1' }],
      applyMode: 'email',
      applyEmail: 'careers@seabreeze-resort.com',
      salaryFrom: 1300,
      salaryTo: 1300,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Seabreeze Resort & Spa', website: 'https://seabreeze-resort.com', legalName: 'Seabreeze Hospitality Ltd', country: 'CY', verified: false },
    },
  },
  {
    id: 'z-s-ru-uniform',
    label: 'scam',
    lang: 'ru',
    why: 'fee for "оформление пропуска в систему и личного кабинета оператора"',
    input: {
      title: 'Оператор поддержки маркетплейса на дому',
      description: `Приглашаем операторов на удалённую работу с покупателями маркетплейса.

Оформление занимает 1 день. Стоимость оформления личного кабинета оператора — 850 ₽, списывается один раз.

Доход 55–70 тыс. ₽, выплаты дважды в месяц.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 55000,
      salaryTo: 70000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Маркет Удалёнка' },
    },
  },
  {
    id: 'z-s-ru-advance-sbp',
    label: 'scam',
    lang: 'ru',
    why: 'asks to transfer money by SBP "for the employment contract"',
    input: {
      title: 'Оператор чата (официально)',
      description: `Набираем операторов чата, официальное трудоустройство.

После одобрения анкеты переведите 1 200 рублей по СБП на номер менеджера — это оплата составления трудового договора и ЭЦП.

Зарплата 50 000 ₽ два раза в месяц.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 50000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Офис Онлайн' },
    },
  },
  {
    id: 'z-s-ru-referral',
    label: 'scam',
    lang: 'ru',
    why: 'pyramid-like: earnings only for bringing other "operators", entry package',
    input: {
      title: 'Оператор чата — карьерный рост с первого дня',
      description: `Станьте частью команды операторов! Основной доход — бонусы за приглашённых в команду новичков.

Для входа в команду нужен стартовый пакет оператора, 3 900 ₽, в него входят скрипты и доступ к обучающей платформе.

Лучшие операторы зарабатывают 200 000 ₽ в месяц уже через 2 месяца!`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/team_operators_join',
      company: { name: 'Команда Операторов' },
    },
  },
  {
    id: 'z-s-ru-quiet-messenger',
    label: 'scam',
    lang: 'ru',
    why: 'no fee in the ad: interview "only in Telegram correspondence", pay far above market, no company details',
    input: {
      title: 'Оператор чата поддержки банка',
      description: `Крупный банк набирает операторов чата. Опыт не требуется.

Собеседование проходит в формате переписки в Telegram, голосовых звонков нет. После собеседования в тот же день выдаём доступ к рабочим системам.

Зарплата от 140 000 ₽.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 140000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Банк Онлайн' },
    },
  },
  {
    id: 'z-s-en-reshipping',
    label: 'scam',
    lang: 'en',
    why: 'reshipping mule disguised as "customer chat and parcel coordination"',
    input: {
      title: 'Customer Chat & Parcel Coordinator (Home-based)',
      description: `Talk with our customers in chat and coordinate their parcels.

You will receive packages at your home address, check the contents, relabel them with the shipping labels we send you and ship them abroad. We pay $50 per parcel plus a $2,000 monthly base.

No experience needed.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 2000,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Parcel Link' },
    },
  },
  {
    id: 'z-s-en-gift-cards',
    label: 'scam',
    lang: 'en',
    why: 'training paid in gift cards',
    input: {
      title: 'Live Chat Agent — Immediate Hire',
      description: `We're hiring live chat agents today!

Our training portal is run by a partner, and access is paid with two $50 Amazon gift cards. Send the card codes to your onboarding coordinator and you will receive your login within an hour.

Earn up to $40/hr.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'onboarding.coordinator.team@gmail.com',
      company: { name: 'ChatForce Staffing' },
    },
  },
];
