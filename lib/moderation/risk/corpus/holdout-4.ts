import type { RiskCorpusEntry } from './types';

// A fourth blind set (issue 13), written before the statistical model and the new signals of that round,
// modelled on how these scams are told in candidates' reports rather than on the scorer's word lists. It
// was scored once, by the rules as they stood and by the first model, before anything was tuned; the
// first-run figures are in risk-corpus.ts and docs/decisions/011.
export const HOLDOUT_4: RiskCorpusEntry[] = [
  {
    id: 'h4-s-ru-buyout-tasks',
    label: 'scam',
    lang: 'ru',
    why: 'task scam: "buy out" marketplace goods for cashback, the first buyout activates the cabinet',
    input: {
      title: 'Оператор по работе с отзывами маркетплейса',
      description: `Крупный селлер маркетплейса ищет операторов для работы с карточками товаров.

Задачи: выполнять выкупы товаров по заданию куратора, оставлять отзывы, отчитываться в чате. За каждый выкуп — кешбэк 12–18% от суммы заказа, выплаты каждый вечер.

Для активации рабочего кабинета первый выкуп делается на сумму от 1 000 ₽, она возвращается вместе с кешбэком в течение часа.

Куратор Анна на связи с 9 до 21.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/anna_kurator_wb',
      company: { name: 'Селлер Групп' },
    },
  },
  {
    id: 'h4-s-ru-dating-profiles',
    label: 'scam',
    lang: 'ru',
    why: 'dating-site "translator-operator" writing to foreigners from women\'s profiles, paid in USDT',
    input: {
      title: 'Оператор-переводчик международного сайта знакомств',
      description: `Международная платформа знакомств набирает операторов-переводчиков.

Вы ведёте переписку с иностранными пользователями от имени анкет нашего агентства, поддерживаете интерес собеседника и мотивируете его покупать платные функции (письма, подарки, видеозвонки).

Знание английского не обязательно — работаем через переводчик. Оплата: процент от трат ваших собеседников, выплаты раз в неделю в USDT.

Анкета и тестовое задание — у администратора.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'LoveBridge Agency', website: 'https://lovebridge-agency.com' },
    },
  },
  {
    id: 'h4-s-ru-gosuslugi-selfemployed',
    label: 'scam',
    lang: 'ru',
    why: 'identity theft dressed as registering the candidate as self-employed through "our app"',
    input: {
      title: 'Оператор онлайн-чата (самозанятость)',
      description: `Работаем с самозанятыми, оформление берём на себя.

Чтобы мы зарегистрировали вас как самозанятого в нашем партнёрском приложении, понадобится подтверждённая учётная запись Госуслуг. Менеджер отправит вам ссылку, после входа продиктуйте ему код подтверждения, который придёт в сообщении.

Работа — ответы на вопросы покупателей интернет-магазина, 4–6 часов в день, 2 500 ₽ за смену.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 2500,
      salaryCurrency: 'RUB',
      salaryPeriod: 'shift',
      company: { name: 'ОнлайнСервис' },
    },
  },
  {
    id: 'h4-s-ru-equipment-insurance',
    label: 'scam',
    lang: 'ru',
    why: 'headset and laptop "issued" after the candidate pays their insurance',
    input: {
      title: 'Оператор чата техподдержки интернет-провайдера',
      description: `Провайдер домашнего интернета расширяет удалённую линию поддержки.

Мы выдаём каждому оператору ноутбук и профессиональную гарнитуру. Оборудование передаётся под страховку: её стоимость 2 400 ₽ оформляется на сотрудника и удерживается только один раз.

График 2/2 по 12 часов, 55 000 ₽ в месяц. Обучение 3 дня онлайн.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'НетЛайн', website: 'https://netline-isp.ru' },
    },
  },
  {
    id: 'h4-s-ru-ip-account',
    label: 'scam',
    lang: 'ru',
    why: 'money mule: the candidate registers as a sole trader and opens an account "for customers\' payments"',
    input: {
      title: 'Менеджер чата по приёму заказов',
      description: `Онлайн-магазин электроники ищет менеджеров для приёма заказов в чате.

Обязательное условие: оформить ИП или самозанятость и открыть расчётный счёт в любом банке — покупатели будут оплачивать заказы по вашим реквизитам, а вы раз в день отправляете выручку поставщику. Ваш доход — 7% от оборота.

Все инструкции даём, опыт не нужен.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'ТехноМаркет Онлайн' },
    },
  },
  {
    id: 'h4-s-ru-bot-test-access',
    label: 'scam',
    lang: 'ru',
    why: 'a "symbolic" access fee after a test in a bot, wording avoids "pay for training"',
    input: {
      title: 'Чат-менеджер на удалёнке, без опыта',
      description: `Привет! Мы — команда поддержки онлайн-сервисов, набираем чат-менеджеров.

Как попасть в команду:
1. Пройдите короткий тест в нашем боте (15 минут).
2. После успешного теста активируйте доступ к рабочей платформе — символические 990 ₽, это отсекает случайных людей.
3. Получите первые заявки уже сегодня.

Доход 3 000–5 000 ₽ в день, всё зависит от вас.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Support Team' },
    },
  },
  {
    id: 'h4-s-ru-school-daily-pay',
    label: 'scam',
    lang: 'ru',
    why: 'unrealistic daily income, daily payouts to a card, Telegram handle only',
    input: {
      title: 'Администратор чатов онлайн-школы',
      description: `Онлайн-школа английского ищет администраторов чатов учеников.

Вы отвечаете ученикам, напоминаете о занятиях, собираете обратную связь. Без опыта, обучим за вечер.

Доход от 3 500 ₽ в день, выплаты ежедневно на любую карту. Пишите «хочу в команду» — @school_admin_hr.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'SpeakUp School' },
    },
  },
  {
    id: 'h4-s-en-license-reimbursed',
    label: 'scam',
    lang: 'en',
    why: 'software license bought by the candidate, "reimbursed in your first paycheck"',
    input: {
      title: 'Remote Chat Moderator — Flexible Hours',
      description: `We are hiring chat moderators to review conversations on partner websites.

Requirements: a laptop, reliable internet and our verified workstation software. New moderators get the software license at a discounted rate of $79, which is reimbursed in full on your first paycheck.

Pay: $22/hour, weekly payouts. No experience needed, training provided.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 22,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'ModerateHub' },
    },
  },
  {
    id: 'h4-s-en-check-equipment',
    label: 'scam',
    lang: 'en',
    why: 'fake check scam: a check for equipment, the candidate deposits it and pays "our supplier"',
    input: {
      title: 'Work From Home Customer Care Chat Agent',
      description: `Join our growing customer care team! After your online interview you'll receive a check to purchase your home office equipment.

Deposit the check with your bank's mobile app and order your equipment through our supplier using the details your onboarding coordinator provides. Training starts once the equipment arrives.

$28 per hour, full benefits after 30 days.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'hiring.careteam@gmail.com',
      salaryFrom: 28,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'CareFirst Solutions' },
    },
  },
  {
    id: 'h4-s-en-telegram-interview-bank',
    label: 'scam',
    lang: 'en',
    why: 'interview held by chat in Telegram, then online-banking details "to set up direct deposit"',
    input: {
      title: 'Live Chat Support Representative',
      description: `Our hiring manager will conduct your interview by text on Telegram (@hr_daniel_m), no video needed.

Successful candidates are hired the same week. To set up your direct deposit, you'll be asked for the username and password you use for online banking so payroll can verify the account.

$25–30/hour, remote, full time.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 25,
      salaryTo: 30,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'Brightline Services' },
    },
  },
  {
    id: 'h4-s-ru-subscribers-referral',
    label: 'scam',
    lang: 'ru',
    why: 'pyramid: income from bringing new "operators" and subscribers, start-up "kit" bought from the mentor',
    input: {
      title: 'Чат-оператор в Telegram-проекты',
      description: `Ведение чатов в Telegram-каналах: общение с подписчиками, ответы на вопросы, модерация.

Доход складывается из ставки за чат и 20% с заработка каждого, кого вы пригласите в команду. Наставник выдаёт готовый стартовый набор (скрипты, шаблоны, таблицы учёта) — 1 900 ₽, окупается за первые два дня.

Подходит студентам и мамам в декрете.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Проект «Чат-Старт»' },
    },
  },
  {
    id: 'h4-h-ru-bank-cards',
    label: 'honest',
    lang: 'ru',
    why: 'bank chat: cards, transfers, blocking; customers\' data as the topic',
    input: {
      title: 'Специалист чата поддержки банка',
      description: `Цифровой банк ищет специалистов в чат поддержки клиентов.

Вы консультируете по картам, переводам и кредитным продуктам, помогаете заблокировать карту при потере, проверяете статус платежей. Никогда не запрашиваете у клиента CVV и коды из СМС — этому учим в первый же день.

Оплачиваемое обучение 2 недели, оформление по ТК РФ, 58 000 ₽ + квартальная премия.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'url',
      applyUrl: 'https://career.cifrabank.ru/chat',
      salaryFrom: 58000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Цифра Банк', website: 'https://cifrabank.ru', legalName: 'АО «Цифра Банк»', taxId: '7702345678', country: 'RU', verified: true },
    },
  },
  {
    id: 'h4-h-ru-delivery-no-deposit',
    label: 'honest',
    lang: 'ru',
    why: 'delivery service lends headsets and says it takes no deposit',
    input: {
      title: 'Оператор чата службы доставки',
      description: `Служба доставки продуктов ищет операторов чата для курьеров и клиентов.

Гарнитуру выдаём бесплатно, залог не берём. Вы помогаете курьерам с адресами и маршрутами, а клиентам — с заменами и возвратами.

Смены по 8 часов, 2/2, 270 ₽ в час. Отклик — через форму на сайте.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 270,
      salaryCurrency: 'RUB',
      salaryPeriod: 'hour',
      shiftPattern: '2/2',
      company: { name: 'Лавка Рядом', website: 'https://lavka-ryadom.ru', legalName: 'ООО «Лавка Рядом»', taxId: '7714567890', country: 'RU', verified: true },
    },
  },
  {
    id: 'h4-h-ru-telemed',
    label: 'honest',
    lang: 'ru',
    why: 'telemedicine chat handles patients\' personal data under the law, asks for a CV by e-mail',
    input: {
      title: 'Оператор чата телемедицинского сервиса',
      description: `Сервис онлайн-консультаций врачей ищет операторов чата.

Вы записываете пациентов на консультации, помогаете загрузить анализы, отвечаете на вопросы об оплате консультаций и полисах ДМС. Работаем с персональными данными пациентов по 152-ФЗ, поэтому при оформлении подписываете соглашение о конфиденциальности.

5/2, 52 000 ₽. Резюме — на почту hr@doc-online.ru.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'hr@doc-online.ru',
      salaryFrom: 52000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ДокОнлайн', website: 'https://doc-online.ru', legalName: 'ООО «ДокОнлайн»', taxId: '7729876543', country: 'RU', verified: true },
    },
  },
  {
    id: 'h4-h-ru-crypto-wallet',
    label: 'honest',
    lang: 'ru',
    why: 'licensed crypto wallet support: crypto words, but a real employer with details and an ordinary salary',
    input: {
      title: 'Специалист поддержки криптокошелька',
      description: `Лицензированный в ЕС криптокошелёк ищет русскоязычного специалиста поддержки.

Вы помогаете пользователям с верификацией, отвечаете на вопросы о комиссиях сети и статусе транзакций, передаёте подозрительные операции в отдел комплаенса.

Опыт поддержки от года, английский B1. 1 400 EUR в месяц, контракт с компанией.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'B1' }],
      applyMode: 'url',
      applyUrl: 'https://walletly.eu/careers/support-ru',
      salaryFrom: 1400,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Walletly', website: 'https://walletly.eu', legalName: 'Walletly UAB', taxId: 'LT100012345678', country: 'LT', verified: false },
    },
  },
  {
    id: 'h4-h-ru-marketplace-sellers',
    label: 'honest',
    lang: 'ru',
    why: 'marketplace seller support: helps sellers top up the ad balance and understand commissions',
    input: {
      title: 'Оператор поддержки продавцов маркетплейса',
      description: `Маркетплейс ищет операторов чата для поддержки продавцов.

Вы объясняете продавцам, как пополнить рекламный баланс, как считаются комиссии и когда приходят выплаты, помогаете с карточками товаров.

Оплачиваемое обучение неделю, затем 5/2, 50 000–60 000 ₽.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 50000,
      salaryTo: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Маркет Плюс', website: 'https://marketplus.ru', legalName: 'ООО «Маркет Плюс»', taxId: '7735123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'h4-h-ru-school-parents',
    label: 'honest',
    lang: 'ru',
    why: 'online school: answers parents about paying for courses and instalments',
    input: {
      title: 'Менеджер чата онлайн-школы программирования для детей',
      description: `Онлайн-школа программирования для детей 8–14 лет ищет менеджера чата.

Вы отвечаете родителям о программе курсов, стоимости и рассрочке, записываете на пробный урок, переносите занятия.

Без опыта, обучение в первую неделю оплачивается. 45 000 ₽ + бонус за продажи.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 45000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'КодКидс', website: 'https://codekids.ru', legalName: 'ООО «КодКидс»', taxId: '7806543210', country: 'RU', verified: true },
    },
  },
  {
    id: 'h4-h-ru-yarn-shop-telegram',
    label: 'honest',
    lang: 'ru',
    why: 'a small shop without legal details on the site, questions in Telegram, apply through the form',
    input: {
      title: 'Помощник в чат магазина пряжи (подработка)',
      description: `Небольшой магазин пряжи ищет помощницу на 3–4 часа в день: отвечать покупательницам в чате сайта и в директе, подбирать пряжу под схемы.

Желательно, чтобы вы сами вязали. 400 ₽ в час, выплаты два раза в месяц. Вопросы можно задать в Telegram @pryazha_ira, отклик — через форму.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 400,
      salaryCurrency: 'RUB',
      salaryPeriod: 'hour',
      hoursPerWeek: 20,
      company: { name: 'Пряжа у Иры', website: 'https://pryazha-iry.ru' },
    },
  },
  {
    id: 'h4-h-en-saas-billing',
    label: 'honest',
    lang: 'en',
    why: 'SaaS billing support: card details, refunds and payments are the customers\' topic',
    input: {
      title: 'Billing Support Specialist (Chat)',
      description: `Tallyform helps small businesses send invoices. Our billing specialists chat with customers about failed payments, refunds and plan changes.

You'll help customers update their card details in the billing portal (you never see full card numbers) and explain charges on their invoices.

1+ year in support, English C1. EUR 2,100 per month, remote within the EU.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'C1' }],
      applyMode: 'url',
      applyUrl: 'https://tallyform.io/jobs/billing-support',
      salaryFrom: 2100,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Tallyform', website: 'https://tallyform.io', legalName: 'Tallyform GmbH', taxId: 'DE312345678', country: 'DE', verified: true },
    },
  },
  {
    id: 'h4-h-en-game-discord',
    label: 'honest',
    lang: 'en',
    why: 'game studio player support in Discord and in-game chat: "players", "top up", "DMs" are the work',
    input: {
      title: 'Player Support Agent (Discord & in-game chat)',
      description: `Pixel Harbor makes cosy farming games. Our player support agents answer players in Discord, in DMs to our support account and in the in-game chat.

You'll help players who topped up gems but didn't receive them, report bugs to the dev team and keep the community friendly.

English C1, love for games. USD 1,600 per month, paid monthly.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'C1' }],
      applyMode: 'url',
      applyUrl: 'https://pixelharbor.games/careers',
      salaryFrom: 1600,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Pixel Harbor', website: 'https://pixelharbor.games', legalName: 'Pixel Harbor Ltd', taxId: 'GB123456789', country: 'GB', verified: true },
    },
  },
  {
    id: 'h4-h-en-travel-deposits',
    label: 'honest',
    lang: 'en',
    why: 'travel agency chat: hotel deposits and booking payments are the customers\'',
    input: {
      title: 'Travel Booking Chat Consultant',
      description: `Wanderlane is a small travel agency. Our chat consultants help travellers choose hotels, explain deposit and cancellation rules, and take booking payments through our secure checkout.

Experience in travel or hospitality helps. Spanish or Italian is a plus. EUR 1,700 per month.`,
      experience: 'between1And3',
      applyMode: 'email',
      applyEmail: 'jobs@wanderlane.travel',
      salaryFrom: 1700,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Wanderlane', website: 'https://wanderlane.travel', legalName: 'Wanderlane S.L.', country: 'ES', verified: false },
    },
  },
];
