import type { SeedVacancyTemplate } from './types';

export const SOFTWARE_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'sw-l1-tech-support',
    industry: 'software',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Специалист технической поддержки L1 (чат)', en: 'L1 technical support specialist (chat)' },
    summary: {
      ru: 'Первая линия поддержки облачного сервиса для бизнеса: отвечаете пользователям в чате и помогаете разобраться с настройками. Научим всему, что нужно знать о продукте.',
      en: 'First-line support for a cloud business service: answer users in chat and help them with settings. We will teach you everything you need to know about the product.',
    },
    duties: {
      ru: [
        'Отвечать на вопросы пользователей о функциях и настройках сервиса',
        'Помогать с регистрацией, входом в аккаунт и оплатой подписки',
        'Воспроизводить ошибки и передавать их во вторую линию с шагами и скриншотами',
        'Вести 3–4 чата одновременно с первым ответом в течение 2 минут',
        'Пополнять базу знаний ответами на новые вопросы',
      ],
      en: [
        'Answer user questions about service features and settings',
        'Help with sign-up, login and subscription payments',
        'Reproduce bugs and escalate them to second line with steps and screenshots',
        'Handle 3 to 4 chats at once with a first reply within 2 minutes',
        'Add answers to new questions to the knowledge base',
      ],
    },
    requirements: {
      ru: [
        'Уверенный пользователь ПК, интерес к IT',
        'Логическое мышление и умение задавать уточняющие вопросы',
        'Грамотная письменная речь',
        'Ноутбук и интернет от 30 Мбит/с',
      ],
      en: [
        'Confident computer user with an interest in IT',
        'Logical thinking and the habit of asking clarifying questions',
        'Good written communication',
        'A laptop and an internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, график 5/2 или 2/2',
        'Оплачиваемое обучение продукту 2 недели',
        'Оклад и премия по CSAT',
        'Понятный путь роста: L1 → L2 → внедрение или тестирование',
      ],
      en: [
        'Remote, 5/2 or 2/2 schedule',
        'Two weeks of paid product training',
        'Base pay plus a CSAT bonus',
        'A clear growth path: L1 → L2 → implementation or QA',
      ],
    },
  },
  {
    key: 'sw-l2-tech-support',
    industry: 'software',
    seniority: 'mid',
    voice: false,
    title: { ru: 'Инженер технической поддержки L2', en: 'L2 technical support engineer' },
    summary: {
      ru: 'Вторая линия поддержки SaaS-продукта: разбираете интеграции, API и ошибки, которые не решаются по инструкции. Тесно работаете с разработчиками.',
      en: 'Second-line support for a SaaS product: you dig into integrations, APIs and bugs that cannot be solved by the book. You will work closely with developers.',
    },
    duties: {
      ru: [
        'Разбирать сложные обращения, эскалированные с первой линии',
        'Анализировать логи, запросы к API и данные в базе (только чтение)',
        'Помогать клиентам настраивать интеграции и вебхуки',
        'Заводить баг-репорты в трекер и отслеживать их исправление',
        'Обучать первую линию и обновлять техническую документацию',
      ],
      en: [
        'Handle complex tickets escalated from first line',
        'Analyse logs, API requests and database records (read-only)',
        'Help customers set up integrations and webhooks',
        'File bug reports in the tracker and follow them through to a fix',
        'Coach first-line agents and update technical documentation',
      ],
    },
    requirements: {
      ru: [
        'Опыт технической поддержки от 1,5 лет',
        'Понимание HTTP, REST API и формата JSON',
        'Базовые навыки SQL',
        'Умение общаться с клиентом и разработчиком на понятном каждому языке',
      ],
      en: [
        'At least 1.5 years in technical support',
        'Understanding of HTTP, REST APIs and JSON',
        'Basic SQL skills',
        'Ability to talk to both customers and developers in terms each of them understands',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, график 5/2 с гибким началом дня',
        'Конкурентный оклад и годовой бонус',
        'Оплата курсов и конференций',
        'Современное оборудование от компании',
      ],
      en: [
        'Remote, 5/2 with a flexible start time',
        'Competitive salary and an annual bonus',
        'Courses and conferences paid for by the company',
        'Modern equipment provided by the company',
      ],
    },
  },
  {
    key: 'sw-chat-support-german',
    industry: 'software',
    seniority: 'mid',
    voice: false,
    foreignLanguage: 'de',
    title: { ru: 'Специалист поддержки клиентов с немецким языком', en: 'German-speaking customer support specialist' },
    summary: {
      ru: 'Поддерживайте немецкоязычных клиентов программного продукта в чате и по email. Русскоязычная команда, клиенты из Германии, Австрии и Швейцарии.',
      en: 'Support German-speaking customers of a software product via chat and email. A Russian-speaking team with customers in Germany, Austria and Switzerland.',
    },
    duties: {
      ru: [
        'Отвечать клиентам на немецком языке в чате и по email',
        'Консультировать по функциям продукта, тарифам и счетам',
        'Проводить короткие онбординг-сессии для новых клиентов в переписке',
        'Передавать технические вопросы инженерам и держать клиента в курсе',
      ],
      en: [
        'Answer customers in German via chat and email',
        'Advise on product features, plans and invoices',
        'Run short written onboarding sessions for new customers',
        'Pass technical issues to engineers and keep customers informed',
      ],
    },
    requirements: {
      ru: [
        'Немецкий язык не ниже C1, русский — свободный',
        'Опыт в клиентской поддержке от 1 года',
        'Знакомство с B2B SaaS-продуктами будет преимуществом',
        'Ноутбук и стабильный интернет от 50 Мбит/с',
      ],
      en: [
        'German at C1 level or higher, fluent Russian',
        'At least 1 year of customer support experience',
        'Familiarity with B2B SaaS products is an advantage',
        'A laptop and a stable internet connection of 50 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Рабочие часы по CET, график 5/2',
        'Оплата выше рыночной за знание немецкого',
        'Работа из любой страны',
        'Ежегодная встреча команды',
      ],
      en: [
        'CET working hours, 5/2 schedule',
        'Above-market pay for German language skills',
        'Work from any country',
        'Annual team meetup',
      ],
    },
  },
  {
    key: 'sw-night-l1-support',
    industry: 'software',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Специалист техподдержки L1 в ночную смену', en: 'Night-shift L1 technical support specialist' },
    summary: {
      ru: 'Ищем специалиста первой линии в ночные смены: клиенты из других часовых поясов пишут и ночью. Нагрузка умеренная, доплата за ночные часы.',
      en: 'We need a first-line specialist for night shifts: customers in other time zones write to us at night too. Moderate workload with a night-time allowance.',
    },
    duties: {
      ru: [
        'Отвечать пользователям в чате и по email в ночное время',
        'Решать типовые вопросы по доступу, настройкам и оплате',
        'Отслеживать мониторинг сервиса и сообщать дежурному инженеру о сбоях',
        'Передавать дневной смене незакрытые обращения с комментариями',
      ],
      en: [
        'Answer users in chat and by email overnight',
        'Resolve typical access, settings and billing questions',
        'Watch service monitoring and alert the on-call engineer about outages',
        'Hand over open tickets to the day shift with comments',
      ],
    },
    requirements: {
      ru: [
        'Готовность к стабильной работе ночью',
        'Технический склад ума и интерес к IT',
        'Грамотная письменная речь',
        'Интернет от 30 Мбит/с и резервный канал связи',
      ],
      en: [
        'Willingness to work nights on a regular basis',
        'A technical mindset and interest in IT',
        'Good written communication',
        'Internet of 30 Mbps or more plus a backup connection',
      ],
    },
    conditions: {
      ru: [
        'Смены с 23:00 до 08:00, график 5/2 или 2/2',
        'Надбавка за ночные часы',
        'Оплачиваемое обучение в дневное время',
        'Возможность перейти на дневной график через полгода',
      ],
      en: [
        'Shifts from 11 p.m. to 8 a.m., 5/2 or 2/2 schedule',
        'Night-hours allowance',
        'Paid training during the day',
        'Option to switch to day shifts after six months',
      ],
    },
  },
  {
    key: 'sw-chat-voice-support',
    industry: 'software',
    seniority: 'entry',
    voice: true,
    title: { ru: 'Специалист поддержки пользователей: чат и звонки', en: 'User support specialist: chat and calls' },
    summary: {
      ru: 'Помогайте предпринимателям разобраться с облачной кассой и бухгалтерией: в чате и по телефону. Нужна гарнитура, звонки только входящие.',
      en: 'Help small-business owners with cloud cash-register and accounting software via chat and phone. A headset is required; calls are inbound only.',
    },
    duties: {
      ru: [
        'Консультировать клиентов в чате и по входящим звонкам',
        'Помогать подключить кассу, настроить товары и выгрузить отчёты',
        'Подключаться к экрану клиента через программу удалённого доступа',
        'Фиксировать обращения в helpdesk-системе',
      ],
      en: [
        'Advise customers via chat and inbound calls',
        'Help connect cash registers, set up product lists and export reports',
        'Connect to the customer\'s screen with remote-access software',
        'Log requests in the helpdesk system',
      ],
    },
    requirements: {
      ru: [
        'Опыт работы с кассовым оборудованием или учётными программами будет плюсом',
        'Грамотная устная и письменная речь',
        'Гарнитура с микрофоном и тихое рабочее место',
        'Проводной интернет от 30 Мбит/с',
      ],
      en: [
        'Experience with cash registers or accounting software is a plus',
        'Good spoken and written communication',
        'A headset with a microphone and a quiet workspace',
        'A wired internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'График 5/2 с 09:00 до 18:00 по местному времени',
        'Обучение 2 недели с сохранением оплаты',
        'Оклад, премия и доплата за голосовую линию',
        'Официальное оформление',
      ],
      en: [
        '5/2 schedule, 9 a.m. to 6 p.m. local time',
        'Two weeks of paid training',
        'Base pay, bonus and an extra allowance for the voice line',
        'Official employment',
      ],
    },
  },
  {
    key: 'sw-head-of-support',
    industry: 'software',
    seniority: 'senior',
    voice: false,
    title: { ru: 'Руководитель службы поддержки', en: 'Head of customer support' },
    summary: {
      ru: 'Ищем руководителя, который выстроит поддержку SaaS-продукта: две линии, 30 человек, работа 24/7. Полная ответственность за метрики и процессы.',
      en: 'We are looking for a leader to build support for a SaaS product: two lines, 30 people, 24/7 coverage. Full ownership of metrics and processes.',
    },
    duties: {
      ru: [
        'Управлять первой и второй линиями поддержки через тимлидов',
        'Отвечать за SLA, CSAT, NPS и стоимость обращения',
        'Выстраивать процессы планирования смен, контроля качества и обучения',
        'Работать с продуктовой командой над снижением числа обращений',
        'Формировать бюджет и план найма отдела',
      ],
      en: [
        'Manage first- and second-line support through team leads',
        'Own SLA, CSAT, NPS and cost per contact',
        'Build processes for shift planning, quality control and training',
        'Work with the product team to reduce contact volume',
        'Own the department budget and hiring plan',
      ],
    },
    requirements: {
      ru: [
        'Опыт руководства службой поддержки от 3 лет',
        'Опыт в IT-продукте или SaaS',
        'Умение работать с аналитикой обращений и строить прогнозы нагрузки',
        'Английский язык не ниже B1 для работы с документацией',
      ],
      en: [
        'At least 3 years leading a support department',
        'Experience at an IT product or SaaS company',
        'Ability to analyse contact data and forecast workload',
        'English at B1 level or higher for working with documentation',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, гибкий график',
        'Оклад и годовой бонус по результатам',
        'Опцион для ключевых сотрудников',
        'Подчинение операционному директору',
      ],
      en: [
        'Remote with flexible hours',
        'Base salary plus an annual performance bonus',
        'Stock options for key employees',
        'Reporting to the COO',
      ],
    },
  },
];
