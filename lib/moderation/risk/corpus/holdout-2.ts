import type { RiskCorpusEntry } from './types';

// A second blind set, written after the scorer was improved on the first one and scored once before any
// further change (first-run figures in risk-corpus.ts).
export const HOLDOUT_2: RiskCorpusEntry[] = [
  {
    id: 'y-h-ru-hosting',
    label: 'honest',
    lang: 'ru',
    why: 'hosting provider: helps clients pay invoices and renew domains; "вы ничего не платите"',
    input: {
      title: 'Специалист техподдержки хостинга (чат)',
      description: `Хостинг-провайдер «Сервер Хаус» ищет специалиста первой линии.

Вы помогаете клиентам оплатить счёт, продлить домен, восстановить доступ к панели управления, разбираетесь с почтой и SSL-сертификатами.

Соискатель ничего не платит ни на одном этапе отбора. Тестовое задание оплачиваем, если вы дошли до финала.

Зарплата 65–80 тыс. ₽, график 2/2 с ночными сменами.`,
      experience: 'between1And3',
      applyMode: 'form',
      salaryFrom: 65000,
      salaryTo: 80000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Сервер Хаус', website: 'https://serverhouse.ru', legalName: 'ООО «Сервер Хаус»', taxId: '7802345671', country: 'RU', verified: true },
    },
  },
  {
    id: 'y-h-ru-clinic',
    label: 'honest',
    lang: 'ru',
    why: 'clinic: passport data mentioned as something the operator must NOT request in chat',
    input: {
      title: 'Оператор чата записи в клинику',
      description: `Сеть клиник «Семейный доктор» ищет операторов чата.

Записываете пациентов к врачам, переносите приёмы, подсказываете, какие анализы сдавать натощак.

Паспортные данные и полис в чате мы не запрашиваем — пациенты предъявляют их в регистратуре.

Обучение 1 неделя, график 5/2, 45 000 ₽ на руки.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 45000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Семейный доктор', website: 'https://semdoc.ru', legalName: 'ООО «Семейный доктор»', taxId: '7720987654', country: 'RU', verified: true },
    },
  },
  {
    id: 'y-h-ru-car-dealer',
    label: 'honest',
    lang: 'ru',
    why: 'car dealer chat: books cars for buyers with a prepayment, explains loans',
    input: {
      title: 'Онлайн-консультант автосалона (чат)',
      description: `Дилерский центр ищет онлайн-консультанта для чата на сайте и в мессенджерах.

Вы рассказываете покупателям о наличии автомобилей, помогаете забронировать машину с предоплатой, записываете на тест-драйв, объясняете условия кредита и трейд-ин.

Опыт продаж или поддержки от года. Оклад 50 000 ₽ + процент с продаж.`,
      experience: 'between1And3',
      applyMode: 'form',
      salaryFrom: 50000,
      salaryTo: 90000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'АвтоЦентр Север', website: 'https://avtocentr-sever.ru', legalName: 'ООО «АвтоЦентр Север»', taxId: '7814567890', country: 'RU', verified: true },
    },
  },
  {
    id: 'y-h-ru-german',
    label: 'honest',
    lang: 'ru',
    why: 'very experienced German-speaking lead, EUR pay',
    input: {
      title: 'Руководитель группы немецкоязычной чат-поддержки',
      description: `Европейский интернет-магазин электроники ищет руководителя группы поддержки на немецком языке.

Задачи: команда из 12 операторов, качество ответов, графики, отчётность по KPI, сложные эскалации.

Требования: опыт в поддержке от 6 лет, из них 2 года руководителем, немецкий C1.

Условия: 2 800–3 300 € в месяц, контракт с европейским юрлицом, удалённо.`,
      experience: 'moreThan6',
      languages: [{ language: 'de', level: 'C1' }, { language: 'ru', level: 'native' }],
      applyMode: 'url',
      applyUrl: 'https://jobs.elektromarkt24.de/lead-support-ru',
      salaryFrom: 2800,
      salaryTo: 3300,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Elektromarkt24', website: 'https://elektromarkt24.de', legalName: 'Elektromarkt24 GmbH', taxId: 'DE123456789', country: 'DE', verified: true },
    },
  },
  {
    id: 'y-h-en-hotel',
    label: 'honest',
    lang: 'en',
    why: 'hotel guest messaging: security deposits are the guests\', the agent explains them',
    input: {
      title: 'Guest Messaging Agent — Hotel Group',
      description: `Harbour Hotels runs 40 properties. Our messaging team answers guests before and during their stay.

You will confirm bookings, explain the security deposit we hold on the guest's card at check-in, arrange late check-out and airport transfers.

Evening shifts, English B2, previous hospitality experience is a plus. Apply on our careers page.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      applyMode: 'url',
      applyUrl: 'https://careers.harbourhotels.com/guest-messaging',
      salaryFrom: 1000,
      salaryTo: 1200,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Harbour Hotels', website: 'https://harbourhotels.com', legalName: 'Harbour Hotels Group plc', taxId: 'GB987654321', country: 'GB', verified: true },
    },
  },
  {
    id: 'y-h-en-tutoring',
    label: 'honest',
    lang: 'en',
    why: 'tutoring marketplace: payouts and payment disputes of tutors and students',
    input: {
      title: 'Marketplace Support Agent (Tutors & Students)',
      description: `Tutorly connects 20,000 tutors with students. Our support agents resolve payment disputes, explain how tutor payouts work and help students reschedule lessons.

You will work in Intercom, 5 days a week. Training is paid and takes one week.

We never charge candidates anything.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 900,
      salaryTo: 1100,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Tutorly', website: 'https://tutorly.com', legalName: 'Tutorly Inc.', country: 'US', verified: false },
    },
  },
  {
    id: 'y-h-ru-telegram-app',
    label: 'honest',
    lang: 'ru',
    why: 'product lives inside Telegram; support answers in Telegram; apply by e-mail',
    input: {
      title: 'Поддержка пользователей Telegram-приложения',
      description: `Мы делаем приложение для учёта финансов внутри Telegram (мини-апп). Вся поддержка идёт в нашем Telegram-боте и в чате сообщества.

Ищем человека, который будет отвечать пользователям, собирать баги и помогать с подпиской.

Полный день, 5/2, 55–65 тыс. ₽. Резюме — на jobs@kopilka.app.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'jobs@kopilka.app',
      salaryFrom: 55000,
      salaryTo: 65000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Копилка', website: 'https://kopilka.app', legalName: 'ООО «Копилка»', taxId: '9701234567', country: 'RU', verified: false },
    },
  },
  {
    id: 'y-s-ru-security-check',
    label: 'scam',
    lang: 'ru',
    why: 'paid "security service check" before employment',
    input: {
      title: 'Оператор чата в федеральную компанию',
      description: `Федеральная компания приглашает операторов чата на удалённую работу.

Все кандидаты проходят проверку службы безопасности. Услуга проверки платная, 990 рублей, оплачивается кандидатом через ссылку, которую пришлёт менеджер.

Зарплата 60 000 ₽, работа 5/2.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Федерал Сервис' },
    },
  },
  {
    id: 'y-s-ru-wallet-topup',
    label: 'scam',
    lang: 'ru',
    why: 'salary in crypto, wallet must be "activated" with a top-up',
    input: {
      title: 'Оператор поддержки зарубежного сервиса',
      description: `Зарубежный сервис ищет русскоязычных операторов поддержки. Работа 3 часа в день.

Зарплата выплачивается в криптовалюте. Чтобы получать выплаты, заведите кошелёк и пополните его на 30$ для активации — сумма вернётся вместе с первой выплатой.

Доход 1 500 $ в месяц.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/foreign_service_hr',
      company: { name: 'Foreign Service' },
    },
  },
  {
    id: 'y-s-ru-hotel-bookings',
    label: 'scam',
    lang: 'ru',
    why: 'task scam: buy bookings with your own money, "returned with 30% commission"',
    input: {
      title: 'Оператор-оценщик отелей (чат)',
      description: `Нужны операторы для работы с отелями-партнёрами. Вы оцениваете номера и переписываетесь с менеджерами отелей.

На первом этапе вы выкупаете бронь за свои средства, после оценки мы возвращаем сумму с комиссией 30%. Чем больше заданий — тем выше доход.

Доход от 4 000 ₽ в день.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'HotelRate' },
    },
  },
  {
    id: 'y-s-ru-plus-in-dm',
    label: 'scam',
    lang: 'ru',
    why: 'typical social-network style: "ставь +, скину инфу в лс", no details',
    input: {
      title: 'РАБОТА В ЧАТЕ С ТЕЛЕФОНА 💸',
      description: `Нужны люди в чат-поддержку, можно без опыта и с телефона!
Доход от 3 000 в день, выплаты ежедневно 💰
Кому интересно — пиши «+» в личку, скину всю инфу 📩`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Работа с телефона' },
    },
  },
  {
    id: 'y-s-ru-selfie',
    label: 'scam',
    lang: 'ru',
    why: 'selfie with passport in hand to get access to the work chat',
    input: {
      title: 'Модератор рабочего чата интернет-магазина',
      description: `Интернет-магазин ищет модераторов для рабочих чатов покупателей.

Чтобы получить доступ к рабочему чату, отправьте HR-менеджеру селфи с паспортом в руках и фото банковской карты с двух сторон.

Оплата 2 500 ₽ за смену, смены по 6 часов.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 2500,
      salaryCurrency: 'RUB',
      salaryPeriod: 'shift',
      company: { name: 'Shop Moderation' },
    },
  },
  {
    id: 'y-s-en-background-check',
    label: 'scam',
    lang: 'en',
    why: 'background check paid by the candidate through a "partner"',
    input: {
      title: 'Remote Chat Support Representative',
      description: `Join a growing support team serving retail clients.

All new hires must complete a background check through our partner agency. The check costs $35 and must be completed before onboarding; the link will be sent by your recruiter.

Pay: $18–20 per hour, full-time.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'talent.acq.remote@outlook.com',
      salaryFrom: 18,
      salaryTo: 20,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'Retail Support Partners' },
    },
  },
  {
    id: 'y-s-en-paypal-mule',
    label: 'scam',
    lang: 'en',
    why: 'receive customer payments to your personal PayPal and forward them',
    input: {
      title: 'Customer Payments Chat Assistant',
      description: `As a chat assistant you will talk to customers of our online store and collect their payments.

Customers will pay into your personal PayPal account; you keep 8% and forward the rest to our supplier within 24 hours.

Flexible hours, no experience needed.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Global Goods Online' },
    },
  },
];
