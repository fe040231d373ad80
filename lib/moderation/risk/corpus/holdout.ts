import type { RiskCorpusEntry } from './types';

// Written after the scorer, without looking at its word lists, and scored once before any change
// (the first-run figures are recorded in risk-corpus.ts). Phrasing deliberately differs from the
// development set: other verbs, other fees, other ways of saying "we never charge".
export const HOLDOUT: RiskCorpusEntry[] = [
  {
    id: 'x-h-ru-pharmacy',
    label: 'honest',
    lang: 'ru',
    why: 'pharmacy chain; states explicitly that applicants are never charged',
    input: {
      title: 'Оператор онлайн-чата аптечной сети',
      description: `Аптечная сеть «Здоровье рядом» (320 аптек) ищет операторов онлайн-чата.

Вы будете отвечать на вопросы о наличии лекарств, бронировании заказов и доставке, передавать вопросы о рецептурных препаратах фармацевту.

Компания не взимает с соискателей никакой платы — ни за обучение, ни за оформление.

Обучение 5 дней, график 2/2, зарплата от 42 000 ₽.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 42000,
      salaryTo: 50000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Здоровье рядом', website: 'https://zdorovie-ryadom.ru', legalName: 'ООО «Здоровье рядом»', taxId: '7734567123', country: 'RU', verified: true },
    },
  },
  {
    id: 'x-h-ru-bank-deposits',
    label: 'honest',
    lang: 'ru',
    why: 'bank chat about deposit products and investment accounts',
    input: {
      title: 'Консультант чата по вкладам и инвестициям',
      description: `Банк ищет консультанта в чат для клиентов премиального сегмента.

Задачи: рассказывать о депозитных продуктах, брокерском счёте и ИИС, помогать открыть вклад в приложении, переводить сложные вопросы на инвестиционных консультантов.

Требования: опыт в банке от года, аттестат ФСФР или готовность получить его (экзамен оплачивает банк).

Доход 85–100 тыс. ₽, ДМС, удалённо.`,
      experience: 'between1And3',
      applyMode: 'url',
      applyUrl: 'https://job.bank-vershina.ru/chat-invest',
      salaryFrom: 85000,
      salaryTo: 100000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Банк «Вершина»', website: 'https://bank-vershina.ru', legalName: 'АО «Банк Вершина»', taxId: '7725123987', country: 'RU', verified: true },
    },
  },
  {
    id: 'x-h-ru-hr-documents',
    label: 'honest',
    lang: 'ru',
    why: 'lists documents needed for the employment contract after an interview',
    input: {
      title: 'Специалист поддержки в чате сервиса доставки продуктов',
      description: `Сервис доставки продуктов «Лавка у дома» ищет специалистов в чат поддержки.

Этапы отбора: анкета на сайте, онлайн-тест, собеседование с руководителем группы. После собеседования и оффера отдел кадров попросит скан паспорта и СНИЛС для трудового договора — через защищённый кабинет на нашем сайте.

График 5/2, есть вечерние смены. Оплата 48–55 тыс. ₽.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 48000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Лавка у дома', website: 'https://lavka-u-doma.ru', legalName: 'ООО «Лавка у дома»', taxId: '7719283746', country: 'RU', verified: true },
    },
  },
  {
    id: 'x-h-ru-it-outsource-tg',
    label: 'honest',
    lang: 'ru',
    why: 'IT outsourcing firm; candidates can ask questions in Telegram, apply by e-mail',
    input: {
      title: 'Инженер поддержки пользователей (чат, 1–2 линия)',
      description: `ИТ-аутсорсинговая компания обслуживает 60 офисов клиентов. Ищем инженера поддержки пользователей.

Задачи: обращения в чате Service Desk, настройка почты и VPN, работа с заявками в Jira.

Опыт от года в поддержке пользователей. Зарплата 70–90 тыс. ₽, 5/2.

Резюме ждём на почту, а если остались вопросы — напишите нашему рекрутеру в Telegram, она ответит.`,
      experience: 'between1And3',
      applyMode: 'email',
      applyEmail: 'hr@itservice-pro.ru',
      salaryFrom: 70000,
      salaryTo: 90000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ИТ Сервис Про', website: 'https://itservice-pro.ru', legalName: 'ООО «ИТ Сервис Про»', taxId: '5403123456', country: 'RU', verified: false },
    },
  },
  {
    id: 'x-h-ru-lottery-legal',
    label: 'honest',
    lang: 'ru',
    why: 'marketplace for sports goods: "ставки" here are pay rates, "спорт" the product',
    input: {
      title: 'Оператор чата магазина спортивных товаров',
      description: `Интернет-магазин «Спортмастерская» ищет операторов чата.

Помогаете покупателям подобрать размер, оформить заказ и возврат, отвечаете на вопросы о доставке велосипедов и тренажёров.

Ставка 230 ₽ в час, выходные ставки выше на 20%. Смены от 6 часов, обучение 3 дня с оплатой.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 230,
      salaryTo: 276,
      salaryCurrency: 'RUB',
      salaryPeriod: 'hour',
      hoursPerWeek: 36,
      company: { name: 'Спортмастерская', website: 'https://sportmasterskaya.ru', legalName: 'ООО «Спортмастерская»', taxId: '7810456123', country: 'RU', verified: true },
    },
  },
  {
    id: 'x-h-en-fintech-kyc',
    label: 'honest',
    lang: 'en',
    why: 'KYC support agent who reviews customers\' ID documents',
    input: {
      title: 'Verification Support Agent (KYC), Chat',
      description: `Paylane is an EU e-money institution. Our verification team helps customers pass identity checks.

You will review photos of customers' ID documents and proof of address in our back office, explain rejections in chat, and escalate suspicious cases to compliance.

1+ year in support or compliance, English C1. EUR 1,600–1,900 per month, remote within the EU time zones.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'C1' }],
      applyMode: 'url',
      applyUrl: 'https://paylane.eu/careers/kyc-agent',
      salaryFrom: 1600,
      salaryTo: 1900,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Paylane', website: 'https://paylane.eu', legalName: 'Paylane UAB', taxId: 'LT100009876543', country: 'LT', verified: true },
    },
  },
  {
    id: 'x-h-en-airline',
    label: 'honest',
    lang: 'en',
    why: 'airline chat; mentions refunds, card payments and "no fees" for candidates',
    input: {
      title: 'Digital Customer Care Agent — Airline',
      description: `SkyBridge Airways is hiring digital care agents for chat and social media.

You will rebook flights, process refunds to customers' cards, and help passengers with baggage claims.

We provide six weeks of paid training. There is no cost to apply and we will not ask for bank details until you sign your contract.

Shifts cover 24/7 on a rotating 4/4 pattern.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'url',
      applyUrl: 'https://careers.skybridge.aero/digital-care',
      salaryFrom: 1100,
      salaryTo: 1300,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      shiftPattern: '4/4',
      company: { name: 'SkyBridge Airways', website: 'https://skybridge.aero', legalName: 'SkyBridge Airways Ltd', taxId: 'IE9876543X', country: 'IE', verified: true },
    },
  },
  {
    id: 'x-h-en-startup-no-legal',
    label: 'honest',
    lang: 'en',
    why: 'small startup, unverified, no legal details yet, modest pay, apply by e-mail',
    input: {
      title: 'Part-time Community Chat Helper',
      description: `We are a two-person startup building a recipe app. We need someone to answer users in our in-app chat and Discord for 10 hours a week.

Pay is $400 per month, paid through Wise. You will get a short onboarding call and our FAQ doc.

Send a few lines about yourself to the e-mail in this post.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      applyMode: 'email',
      applyEmail: 'hello@cookpal.app',
      salaryFrom: 400,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'CookPal', website: 'https://cookpal.app' },
    },
  },
  {
    id: 'x-h-ru-edu-parents',
    label: 'honest',
    lang: 'ru',
    why: 'school platform: operator helps parents pay for courses',
    input: {
      title: 'Оператор чата образовательной платформы для школьников',
      description: `Платформа онлайн-курсов для школьников ищет операторов чата для родителей.

Вы помогаете родителям выбрать курс, оплатить обучение картой или через СБП, оформить налоговый вычет и перенести занятия.

Условия: 5/2, с 9 до 18 или с 12 до 21, 45–55 тыс. ₽, обучение за наш счёт.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Умники', website: 'https://umniki.school', legalName: 'ООО «Умники»', taxId: '7743219876', country: 'RU', verified: true },
    },
  },
  {
    id: 'x-s-ru-headset',
    label: 'scam',
    lang: 'ru',
    why: 'must buy a "corporate headset and software" from the company',
    input: {
      title: 'Оператор чата и звонков на дому',
      description: `Требуются операторы на удалённую работу. Обучение бесплатно!

Для подключения к линии нужно приобрести у нас корпоративную гарнитуру и программное обеспечение за 2 300 руб. Без этого работа невозможна, оборудование остаётся у вас.

Оплата от 70 000 рублей, выплаты каждую пятницу.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 70000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Линия Связи' },
    },
  },
  {
    id: 'x-s-ru-prepayment',
    label: 'scam',
    lang: 'ru',
    why: '"предоплата за место в группе" — fee worded as booking a seat',
    input: {
      title: 'Набор в группу операторов чата — старт в понедельник',
      description: `Формируем новую группу операторов чат-поддержки для маркетплейса.

Чтобы забронировать место в группе, внесите предоплату 500 ₽ — она пойдёт в счёт первой выплаты. Группа из 15 человек, осталось 4 места!

После обучения — работа 4–8 часов в день, 2 500 ₽ за смену.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/+AbCdEfGhIjK',
      company: { name: 'Оператор Плюс' },
    },
  },
  {
    id: 'x-s-ru-card-for-salary',
    label: 'scam',
    lang: 'ru',
    why: 'asks for the card number, expiry and the code on the back "to pay the salary"',
    input: {
      title: 'Оператор чата поддержки, ежедневные выплаты',
      description: `Ищем операторов для чата интернет-магазина. Работа 3–4 часа в день.

Зарплату платим ежедневно на карту. Для этого в анкете укажите номер карты, срок её действия и три цифры на обороте, чтобы бухгалтерия могла привязать её к системе выплат.

Доход 3 000–4 000 ₽ в день.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Магазин Онлайн' },
    },
  },
  {
    id: 'x-s-ru-subtle-messenger',
    label: 'scam',
    lang: 'ru',
    why: 'subtle: ordinary wording, but all contact goes to a WhatsApp number, no company details, pay too high',
    input: {
      title: 'Оператор онлайн-чата',
      description: `Требуется оператор онлайн-чата в интернет-магазин одежды. Опыт работы не требуется, обучение в процессе.

Обязанности: ответы покупателям, оформление заказов.

Зарплата 110 000 – 130 000 ₽ в месяц. Для трудоустройства напишите менеджеру Анне в WhatsApp по номеру +7 912 345-67-89, отклики на сайте не рассматриваются.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 110000,
      salaryTo: 130000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Fashion Store' },
    },
  },
  {
    id: 'x-s-ru-sim-cards',
    label: 'scam',
    lang: 'ru',
    why: 'asks to register SIM cards and bank cards in the candidate\'s name (money-mule recruitment)',
    input: {
      title: 'Менеджер чата в финансовый проект',
      description: `Финансовый проект набирает менеджеров чата. Основная задача — переписка с клиентами по готовым шаблонам.

Дополнительно оплачиваем 5 000 ₽ за каждую банковскую карту, оформленную на ваше имя и переданную куратору, и 1 000 ₽ за сим-карту.

Оплата ежедневно, старт сразу.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/fin_project_hr',
      company: { name: 'FinProject' },
    },
  },
  {
    id: 'x-s-ru-exam-fee',
    label: 'scam',
    lang: 'ru',
    why: 'pay for "the final exam" and certificate to be admitted to work',
    input: {
      title: 'Оператор чат-поддержки банка (удалённо)',
      description: `Приглашаем на обучение и работу оператором чат-поддержки банковских продуктов.

Обучение онлайн, 3 дня. Допуск к работе — после итогового экзамена. Экзамен и выдача сертификата платные: 1 800 ₽.

Заработная плата 65 000 ₽, официальное трудоустройство.`,
      experience: 'noExperience',
      trainingProvided: true,
      applyMode: 'email',
      applyEmail: 'bank.operator.job@mail.ru',
      salaryFrom: 65000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Банк-Консалтинг' },
    },
  },
  {
    id: 'x-s-en-crypto-wallet',
    label: 'scam',
    lang: 'en',
    why: 'chat support paid in crypto; must connect a wallet and "activate" it with a top-up',
    input: {
      title: 'Remote Chat Support — Paid in USDT',
      description: `Work for an international Web3 project as a chat support agent, 2 hours a day.

Salaries are paid in USDT to your personal wallet. To receive payouts, you must activate the wallet by sending 50 USDT, which is credited back with your first salary.

Earn $150 a day. Apply now, spots are limited!`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://cutt.ly/web3-support',
      company: { name: 'Web3 Hub' },
    },
  },
  {
    id: 'x-s-en-training-kit',
    label: 'scam',
    lang: 'en',
    why: 'subtle English: "certification kit" bought before the first shift, polished company wording',
    input: {
      title: 'Customer Experience Chat Associate',
      description: `BrightPath Solutions partners with Fortune 500 brands to deliver best-in-class chat support.

Before your first shift, associates complete our certification program. The certification kit ($89) includes the course, a practice environment and the final assessment; it is reimbursed after 60 days of employment.

Compensation: $22–26 per hour, full benefits after 90 days.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 22,
      salaryTo: 26,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'BrightPath Solutions', website: 'https://brightpath-solutions.net' },
    },
  },
  {
    id: 'x-s-en-ssn-email',
    label: 'scam',
    lang: 'en',
    why: 'asks for SSN, date of birth and a bank login "for payroll" in the first reply',
    input: {
      title: 'Chat Agent — Same Day Hiring',
      description: `We hire the same day! Reply to this ad with your full name, date of birth, SSN and your online banking login so we can set up direct deposit before your first shift.

Work from home, 4–6 hours a day, $30 per hour.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'payroll.setup.hr@gmail.com',
      salaryFrom: 30,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'QuickHire Staffing' },
    },
  },
];
