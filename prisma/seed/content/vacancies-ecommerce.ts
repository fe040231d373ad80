import type { SeedVacancyTemplate } from './types';

export const ECOMMERCE_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'ecom-chat-operator',
    industry: 'ecommerce',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата интернет-магазина', en: 'Online store chat operator' },
    summary: {
      ru: 'Ищем оператора, который будет отвечать покупателям в чате на сайте и в мессенджерах. Опыт не нужен: всему научим на оплачиваемом обучении.',
      en: 'We are looking for an operator to answer shoppers in the website chat and messengers. No experience needed: we provide paid training.',
    },
    duties: {
      ru: [
        'Консультировать покупателей по наличию товаров, срокам и стоимости доставки',
        'Помогать оформить, изменить или отменить заказ',
        'Отслеживать статус посылок и сообщать клиентам о задержках',
        'Оформлять возвраты и обмены по утверждённому регламенту',
        'Фиксировать обращения в CRM и передавать сложные случаи старшему смены',
      ],
      en: [
        'Advise shoppers on product availability, delivery times and costs',
        'Help customers place, change or cancel orders',
        'Track parcels and let customers know about delays',
        'Process returns and exchanges according to the approved policy',
        'Log every request in the CRM and escalate complex cases to the shift lead',
      ],
    },
    requirements: {
      ru: [
        'Грамотная письменная речь без ошибок и канцелярита',
        'Уверенное владение компьютером, скорость печати от 150 знаков в минуту',
        'Ноутбук или ПК и стабильный интернет от 20 Мбит/с',
        'Спокойствие и вежливость даже в общении с недовольными клиентами',
      ],
      en: [
        'Clear, error-free written Russian',
        'Confident computer skills and a typing speed of at least 150 characters per minute',
        'A laptop or desktop PC and a stable internet connection of 20 Mbps or more',
        'A calm, polite manner, even with unhappy customers',
      ],
    },
    conditions: {
      ru: [
        'Полностью удалённая работа из любого города',
        'Сменный график 2/2 по 12 часов или 5/2 по 8 часов на выбор',
        'Оплачиваемое обучение 5 дней с наставником',
        'Фиксированный оклад и ежемесячная премия за качество ответов',
        'Скидка сотрудника на товары магазина',
      ],
      en: [
        'Fully remote work from any city',
        'Choose between 2/2 shifts of 12 hours or a 5/2 week of 8-hour days',
        'Five days of paid training with a mentor',
        'Fixed base pay plus a monthly bonus for answer quality',
        'Employee discount on store products',
      ],
    },
  },
  {
    key: 'ecom-night-chat-operator',
    industry: 'ecommerce',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чат-поддержки в ночную смену', en: 'Night-shift chat support operator' },
    summary: {
      ru: 'Наша поддержка работает круглосуточно, и мы ищем сотрудника в ночные смены с 20:00 до 08:00. Ночью обращений меньше, а оплата выше.',
      en: 'Our support runs 24/7, and we are looking for someone to cover night shifts from 8 p.m. to 8 a.m. There are fewer requests at night and the pay is higher.',
    },
    duties: {
      ru: [
        'Отвечать покупателям в чате сайта и приложения в ночное время',
        'Решать вопросы по оплате, доставке и статусу заказов',
        'Вести до 4 диалогов одновременно, укладываясь в целевое время первого ответа — 60 секунд',
        'Передавать утренней смене незакрытые обращения с понятным комментарием',
      ],
      en: [
        'Answer shoppers in the website and app chat overnight',
        'Resolve questions about payments, delivery and order status',
        'Handle up to 4 conversations at once within a 60-second first-response target',
        'Hand over open tickets to the morning shift with a clear summary',
      ],
    },
    requirements: {
      ru: [
        'Готовность стабильно работать ночью',
        'Грамотная письменная речь',
        'Опыт работы в поддержке или продажах будет плюсом',
        'Компьютер, гарнитура не нужна, интернет от 20 Мбит/с и резервный канал связи (например, мобильный интернет)',
      ],
      en: [
        'Willingness to work night shifts on a regular basis',
        'Good written communication skills',
        'Experience in support or sales is a plus',
        'A computer (no headset needed), internet of at least 20 Mbps and a backup connection such as mobile data',
      ],
    },
    conditions: {
      ru: [
        'График 2/2, ночные смены по 12 часов',
        'Повышенная ставка за ночные часы',
        'Оплачиваемые перерывы: 10 минут каждый час и 30 минут на обед',
        'Обучение и поддержка дежурного супервайзера в течение всей смены',
      ],
      en: [
        '2/2 schedule with 12-hour night shifts',
        'Higher hourly rate for night hours',
        'Paid breaks: 10 minutes every hour plus a 30-minute meal break',
        'Training and an on-duty supervisor available throughout the shift',
      ],
    },
  },
  {
    key: 'ecom-marketplace-seller-support',
    industry: 'ecommerce',
    seniority: 'mid',
    voice: false,
    title: { ru: 'Специалист поддержки продавцов маркетплейса', en: 'Marketplace seller support specialist' },
    summary: {
      ru: 'Помогайте продавцам маркетплейса разбираться с личным кабинетом, поставками и выплатами. Роль для тех, кто уже работал в поддержке и хочет перейти на B2B-направление.',
      en: 'Help marketplace sellers with their seller dashboard, shipments and payouts. A role for people with support experience who want to move into B2B.',
    },
    duties: {
      ru: [
        'Консультировать продавцов в чате личного кабинета по работе с карточками товаров, ценами и остатками',
        'Разбирать вопросы по поставкам на склад, приёмке и расхождениям',
        'Объяснять расчёт комиссий, удержаний и график выплат',
        'Эскалировать технические ошибки в команду разработки с подробным описанием',
        'Предлагать улучшения базы знаний по результатам обращений',
      ],
      en: [
        'Advise sellers in the dashboard chat on product listings, prices and stock',
        'Sort out questions about warehouse shipments, acceptance and discrepancies',
        'Explain how fees, deductions and payout schedules are calculated',
        'Escalate technical bugs to the development team with detailed reports',
        'Suggest knowledge-base improvements based on recurring requests',
      ],
    },
    requirements: {
      ru: [
        'Опыт работы в клиентской поддержке от 1 года',
        'Понимание, как устроена торговля на маркетплейсах; опыт работы продавцом — большой плюс',
        'Умение работать с таблицами: фильтры, сводные, ВПР',
        'Аккуратность в работе с цифрами и деньгами клиентов',
      ],
      en: [
        'At least 1 year of customer support experience',
        'Understanding of how selling on marketplaces works; hands-on seller experience is a big plus',
        'Spreadsheet skills: filters, pivot tables, lookups',
        'Accuracy when dealing with numbers and customers\' money',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, график 5/2 с 09:00 до 18:00 по московскому времени',
        'Оклад плюс квартальная премия по CSAT и скорости решения',
        'Обучение продукту 2 недели и доступ к внутренней базе знаний',
        'Возможность вырасти до старшего специалиста или аккаунт-менеджера',
      ],
      en: [
        'Remote, Monday to Friday, 9 a.m. to 6 p.m. Moscow time',
        'Base salary plus a quarterly bonus based on CSAT and resolution speed',
        'Two weeks of product training and access to the internal knowledge base',
        'A path to senior specialist or account manager',
      ],
    },
  },
  {
    key: 'ecom-chat-support-turkish',
    industry: 'ecommerce',
    seniority: 'mid',
    voice: false,
    foreignLanguage: 'tr',
    title: { ru: 'Оператор чат-поддержки со знанием турецкого языка', en: 'Chat support agent with Turkish' },
    summary: {
      ru: 'Открываем линию поддержки для покупателей из Турции и ищем оператора, который свободно пишет по-турецки. Работа в чате, без звонков.',
      en: 'We are launching a support line for shoppers in Turkey and need an agent who writes fluent Turkish. Chat only, no calls.',
    },
    duties: {
      ru: [
        'Отвечать покупателям на турецком языке в чате сайта и мессенджерах',
        'Консультировать по заказам, международной доставке и таможенным вопросам',
        'Оформлять возвраты и компенсации в рамках регламента',
        'Переводить и адаптировать шаблоны ответов для турецкой линии',
      ],
      en: [
        'Answer shoppers in Turkish in the website chat and messengers',
        'Advise on orders, international shipping and customs questions',
        'Process returns and compensations within the policy',
        'Translate and adapt reply templates for the Turkish line',
      ],
    },
    requirements: {
      ru: [
        'Турецкий язык на уровне не ниже B2, русский — свободный',
        'Опыт работы в поддержке или продажах от 6 месяцев',
        'Грамотная письменная речь на обоих языках',
        'Ноутбук и стабильный интернет от 30 Мбит/с',
      ],
      en: [
        'Turkish at B2 level or higher, fluent Russian',
        'At least 6 months of experience in support or sales',
        'Strong writing skills in both languages',
        'A laptop and a stable internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Надбавка за иностранный язык к базовой ставке',
        'График 5/2, смены удобны для часового пояса Турции',
        'Оплачиваемое обучение продукту на русском языке',
        'Работа из любой страны при наличии стабильного интернета',
      ],
      en: [
        'Language allowance on top of the base rate',
        '5/2 schedule with shifts aligned to Turkish time',
        'Paid product training in Russian',
        'Work from any country with a stable internet connection',
      ],
    },
  },
  {
    key: 'ecom-part-time-student',
    industry: 'ecommerce',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата на неполный день (можно студентам)', en: 'Part-time chat operator (student-friendly)' },
    summary: {
      ru: 'Подработка для студентов и всех, кто ищет гибкий график: от 4 часов в день, смены выбираете сами. Отвечаете покупателям в чате интернет-магазина.',
      en: 'A side job for students and anyone who needs a flexible schedule: from 4 hours a day, and you pick your own shifts. You will answer shoppers in an online store chat.',
    },
    duties: {
      ru: [
        'Отвечать на типовые вопросы покупателей о заказах, оплате и доставке',
        'Пользоваться готовыми шаблонами ответов и базой знаний',
        'Вести 2–3 чата одновременно',
        'Отмечать в CRM итог каждого обращения',
      ],
      en: [
        'Answer typical shopper questions about orders, payment and delivery',
        'Use ready-made reply templates and the knowledge base',
        'Handle 2 to 3 chats at a time',
        'Record the outcome of every request in the CRM',
      ],
    },
    requirements: {
      ru: [
        'Возраст от 18 лет',
        'Грамотная письменная речь и внимательность к деталям',
        'Готовность работать не менее 20 часов в неделю',
        'Свой компьютер и интернет от 10 Мбит/с',
      ],
      en: [
        'Age 18 or over',
        'Good written language and attention to detail',
        'Availability of at least 20 hours a week',
        'Your own computer and an internet connection of 10 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Почасовая оплата, выплаты дважды в месяц',
        'Смены по 4–6 часов, график составляем с учётом сессии',
        'Короткое онлайн-обучение — 3 дня по 3 часа',
        'Официальное оформление или договор с самозанятым',
        'Лучших сотрудников переводим на полный день',
      ],
      en: [
        'Hourly pay, paid twice a month',
        'Shifts of 4 to 6 hours, scheduled around your exams',
        'Short online training: three days of 3 hours each',
        'Official employment or a self-employed contract',
        'Top performers can move to full-time',
      ],
    },
  },
  {
    key: 'ecom-support-team-lead',
    industry: 'ecommerce',
    seniority: 'senior',
    voice: false,
    title: { ru: 'Руководитель группы чат-поддержки', en: 'Chat support team lead' },
    summary: {
      ru: 'Ищем тимлида для удалённой группы из 15–20 операторов чат-поддержки. Вы будете отвечать за качество, скорость ответов и развитие команды.',
      en: 'We need a team lead for a remote group of 15–20 chat support operators. You will own quality, response times and team development.',
    },
    duties: {
      ru: [
        'Управлять группой операторов: планировать смены, проводить онбординг новичков',
        'Следить за KPI группы — время первого ответа, CSAT, долю решённых с первого обращения',
        'Проводить регулярные встречи один на один и разборы сложных диалогов',
        'Разбирать эскалации и конфликтные обращения',
        'Вместе с отделом качества обновлять скрипты и стандарты общения',
      ],
      en: [
        'Manage the operator team: plan shifts and onboard newcomers',
        'Track team KPIs: first response time, CSAT and first-contact resolution',
        'Run regular one-on-ones and reviews of difficult conversations',
        'Handle escalations and complaint cases',
        'Update scripts and communication standards together with the QA team',
      ],
    },
    requirements: {
      ru: [
        'Опыт в клиентской поддержке от 3 лет, из них от 1 года — руководство группой',
        'Умение работать с отчётами helpdesk-системы и таблицами',
        'Опыт найма и обучения операторов',
        'Спокойный и последовательный стиль управления',
      ],
      en: [
        'At least 3 years in customer support, including 1 year or more leading a team',
        'Comfort with helpdesk reports and spreadsheets',
        'Experience hiring and training operators',
        'A calm and consistent management style',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, график 5/2 с гибким началом дня',
        'Оклад и квартальная премия за выполнение KPI группы',
        'Компенсация обучения на курсах по управлению',
        'Прямое подчинение руководителю клиентского сервиса',
      ],
      en: [
        'Remote, 5/2 schedule with a flexible start time',
        'Base salary plus a quarterly bonus tied to team KPIs',
        'Management course fees covered by the company',
        'Reporting directly to the head of customer service',
      ],
    },
  },
];
