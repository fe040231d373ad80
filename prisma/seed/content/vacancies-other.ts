import type { SeedVacancyTemplate } from './types';

export const OTHER_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'oth-travel-support-french',
    industry: 'other',
    seniority: 'entry',
    voice: false,
    foreignLanguage: 'fr',
    title: { ru: 'Оператор поддержки путешественников с французским языком', en: 'Travel support operator with French' },
    summary: {
      ru: 'Помогайте туристам с бронированиями в чате на русском и французском языках. Подойдёт выпускникам языковых вузов без опыта в поддержке.',
      en: 'Help travellers with their bookings in chat, in Russian and French. Suitable for language graduates without support experience.',
    },
    duties: {
      ru: [
        'Консультировать клиентов по бронированиям авиабилетов и отелей',
        'Связываться с отелями и партнёрами на французском языке',
        'Помогать с изменением дат, возвратами и компенсациями',
        'Оперативно решать проблемы туристов, которые уже в поездке',
      ],
      en: [
        'Advise customers on flight and hotel bookings',
        'Contact hotels and partners in French',
        'Help with date changes, refunds and compensation',
        'Quickly resolve problems for travellers who are already on their trip',
      ],
    },
    requirements: {
      ru: [
        'Французский язык не ниже B2, свободный русский',
        'Грамотная письменная речь на обоих языках',
        'Умение сохранять спокойствие, когда у клиента срывается поездка',
        'Компьютер и интернет от 20 Мбит/с',
      ],
      en: [
        'French at B2 level or higher, fluent Russian',
        'Strong writing skills in both languages',
        'Ability to stay calm when a customer\'s trip is falling apart',
        'A computer and an internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Сменный график 2/2, в том числе выходные дни',
        'Надбавка за французский язык',
        'Оплачиваемое обучение системам бронирования',
        'Скидки на путешествия для сотрудников',
      ],
      en: [
        '2/2 shift schedule, including weekends',
        'French language allowance',
        'Paid training on booking systems',
        'Travel discounts for employees',
      ],
    },
  },
  {
    key: 'oth-delivery-night-support',
    industry: 'other',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор ночной поддержки сервиса доставки', en: 'Night-shift delivery service support operator' },
    summary: {
      ru: 'Ночью заказы тоже едут к клиентам, и кто-то должен помочь, если что-то пошло не так. Ищем оператора чат-поддержки в ночные смены.',
      en: 'Orders keep moving at night too, and someone has to help when something goes wrong. We are looking for a night-shift chat support operator.',
    },
    duties: {
      ru: [
        'Отвечать клиентам в чате приложения о статусе заказа',
        'Решать проблемы с опозданиями, неполными и перепутанными заказами',
        'Начислять компенсации в пределах установленных лимитов',
        'Связываться с курьерами и ресторанами через внутренний чат',
      ],
      en: [
        'Answer customers in the app chat about order status',
        'Resolve late, incomplete and mixed-up orders',
        'Issue compensation within the set limits',
        'Contact couriers and restaurants through the internal chat',
      ],
    },
    requirements: {
      ru: [
        'Готовность работать в ночные смены',
        'Быстрая реакция и умение вести до 5 чатов одновременно',
        'Грамотная письменная речь',
        'Стабильный интернет от 20 Мбит/с',
      ],
      en: [
        'Willingness to work night shifts',
        'Quick reactions and the ability to handle up to 5 chats at once',
        'Good written communication',
        'A stable internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Смены с 19:00 до 07:00, график 2/2',
        'Ночная надбавка к часовой ставке',
        'Промокоды на доставку для сотрудников',
        'Обучение 4 дня с наставником',
      ],
      en: [
        'Shifts from 7 p.m. to 7 a.m. on a 2/2 schedule',
        'Night allowance on top of the hourly rate',
        'Delivery promo codes for employees',
        'Four days of training with a mentor',
      ],
    },
  },
  {
    key: 'oth-logistics-support-chinese',
    industry: 'other',
    seniority: 'mid',
    voice: false,
    foreignLanguage: 'zh',
    title: { ru: 'Специалист поддержки с китайским языком (логистика)', en: 'Chinese-speaking support specialist (logistics)' },
    summary: {
      ru: 'Сопровождайте клиентов и поставщиков при доставке грузов из Китая: чаты на русском и китайском языках. Нужен опыт в логистике или ВЭД.',
      en: 'Assist clients and suppliers with cargo shipments from China via chat in Russian and Chinese. Experience in logistics or foreign trade is required.',
    },
    duties: {
      ru: [
        'Вести переписку с поставщиками из Китая в мессенджерах и по email',
        'Информировать клиентов о статусе грузов и сроках доставки',
        'Запрашивать и проверять документы для таможенного оформления',
        'Решать вопросы по повреждённым и задержанным отправлениям',
        'Вести карточки отправок в CRM',
      ],
      en: [
        'Correspond with Chinese suppliers via messengers and email',
        'Keep clients informed about cargo status and delivery times',
        'Request and check documents for customs clearance',
        'Handle damaged and delayed shipments',
        'Maintain shipment records in the CRM',
      ],
    },
    requirements: {
      ru: [
        'Китайский язык не ниже HSK 4, свободный русский',
        'Опыт в логистике, ВЭД или поддержке от 1 года',
        'Внимательность к документам и цифрам',
        'Ноутбук и интернет от 30 Мбит/с',
      ],
      en: [
        'Chinese at HSK 4 or higher, fluent Russian',
        'At least 1 year in logistics, foreign trade or support',
        'Attention to detail with documents and figures',
        'A laptop and an internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Рабочие часы с учётом часового пояса Китая',
        'Оклад и премия за выполнение плана',
        'Доплата за китайский язык',
        'Удалённо, возможна работа из любой страны',
      ],
      en: [
        'Working hours aligned with China\'s time zone',
        'Base salary plus a target bonus',
        'Chinese language allowance',
        'Remote, from any country',
      ],
    },
  },
  {
    key: 'oth-telemedicine-chat-operator',
    industry: 'other',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата сервиса онлайн-консультаций с врачами', en: 'Chat operator for an online doctor consultation service' },
    summary: {
      ru: 'Помогайте пациентам записаться к врачу и подключиться к онлайн-консультации. Медицинское образование не требуется: медицинских советов операторы не дают.',
      en: 'Help patients book a doctor and join online consultations. No medical background required: operators never give medical advice.',
    },
    duties: {
      ru: [
        'Помогать пациентам выбрать специалиста и удобное время приёма',
        'Решать технические вопросы с подключением к видеоконсультации',
        'Консультировать по оплате, полисам ДМС и возвратам',
        'Передавать медицинские вопросы дежурному врачу по регламенту',
        'Соблюдать правила обработки персональных и медицинских данных',
      ],
      en: [
        'Help patients choose a specialist and a convenient appointment time',
        'Resolve technical issues with joining video consultations',
        'Advise on payments, health insurance policies and refunds',
        'Route medical questions to the on-duty doctor following the procedure',
        'Follow the rules for handling personal and medical data',
      ],
    },
    requirements: {
      ru: [
        'Грамотная письменная речь и тактичность',
        'Эмпатия: к нам обращаются люди, которые плохо себя чувствуют',
        'Отдельное рабочее место для соблюдения конфиденциальности',
        'Компьютер и интернет от 20 Мбит/с',
      ],
      en: [
        'Good writing skills and tact',
        'Empathy: the people who write to us are often unwell',
        'A private workspace to protect confidentiality',
        'A computer and an internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'График 2/2, дневные и вечерние смены',
        'Обучение 5 дней, включая основы медицинской этики',
        'Оклад и премия по оценкам пациентов',
        'Бесплатные онлайн-консультации для сотрудника и семьи',
      ],
      en: [
        '2/2 schedule with day and evening shifts',
        'Five days of training, including the basics of medical ethics',
        'Base pay plus a bonus based on patient ratings',
        'Free online consultations for you and your family',
      ],
    },
  },
  {
    key: 'oth-gaming-support-part-time',
    industry: 'other',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Агент игровой поддержки на неполный день (подходит студентам)', en: 'Part-time player support agent (student-friendly)' },
    summary: {
      ru: 'Отвечайте игрокам онлайн-игр в чате поддержки: аккаунты, покупки, баги. Гибкий график от 4 часов в день, удобно совмещать с учёбой.',
      en: 'Answer online game players in the support chat about accounts, purchases and bugs. Flexible hours from 4 hours a day, easy to combine with your studies.',
    },
    duties: {
      ru: [
        'Отвечать игрокам в чате и тикетах на русском языке',
        'Помогать восстановить доступ к аккаунту и найти пропавшие покупки',
        'Собирать информацию о багах и передавать её тестировщикам',
        'Рассматривать жалобы на нарушение правил игры',
      ],
      en: [
        'Answer players in chat and tickets in Russian',
        'Help recover accounts and track down missing purchases',
        'Gather bug details and pass them to the QA team',
        'Review reports of players breaking the game rules',
      ],
    },
    requirements: {
      ru: [
        'Возраст от 18 лет',
        'Опыт в онлайн-играх и понимание игрового сообщества',
        'Грамотная письменная речь без сленга в официальных ответах',
        'Готовность работать от 20 часов в неделю',
      ],
      en: [
        'Age 18 or over',
        'Experience playing online games and an understanding of gaming communities',
        'Correct written language, with no slang in official replies',
        'Availability of at least 20 hours a week',
      ],
    },
    conditions: {
      ru: [
        'Почасовая оплата, выплаты каждые две недели',
        'Гибкий график: смены выбираете сами на неделю вперёд',
        'Договор с самозанятым или ГПХ',
        'Внутриигровые бонусы и ранний доступ к обновлениям',
      ],
      en: [
        'Hourly pay, paid every two weeks',
        'Flexible schedule: pick your own shifts a week ahead',
        'Self-employed or freelance contract',
        'In-game perks and early access to updates',
      ],
    },
  },
  {
    key: 'oth-ride-hailing-voice-support',
    industry: 'other',
    seniority: 'entry',
    voice: true,
    title: { ru: 'Оператор поддержки пассажиров и водителей: чат и звонки', en: 'Passenger and driver support operator: chat and calls' },
    summary: {
      ru: 'Помогайте пассажирам и водителям сервиса такси в чате и по телефону. Понадобятся гарнитура и спокойный голос, особенно в часы пик.',
      en: 'Help ride-hailing passengers and drivers via chat and phone. You will need a headset and a calm voice, especially at rush hour.',
    },
    duties: {
      ru: [
        'Отвечать пассажирам и водителям в чате и принимать входящие звонки',
        'Разбирать спорные ситуации: стоимость поездки, маршрут, забытые вещи',
        'Оперативно реагировать на обращения, связанные с безопасностью',
        'Оформлять перерасчёты и компенсации в рамках регламента',
      ],
      en: [
        'Answer passengers and drivers in chat and take inbound calls',
        'Handle disputes about fares, routes and lost items',
        'Respond immediately to safety-related requests',
        'Process fare adjustments and compensation within the policy',
      ],
    },
    requirements: {
      ru: [
        'Стрессоустойчивость и умение говорить спокойно в конфликтной ситуации',
        'Гарнитура с шумоподавлением',
        'Тихое рабочее место',
        'Проводной интернет от 30 Мбит/с',
      ],
      en: [
        'Resilience and the ability to stay calm in a conflict',
        'A noise-cancelling headset',
        'A quiet workspace',
        'A wired internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Сменный график 2/2, круглосуточная линия',
        'Доплата за голосовую линию и ночные часы',
        'Оплачиваемое обучение с тренировочными звонками',
        'Промокоды на поездки для сотрудников',
      ],
      en: [
        '2/2 shift schedule on a 24/7 line',
        'Extra pay for the voice line and night hours',
        'Paid training with practice calls',
        'Ride promo codes for employees',
      ],
    },
  },
];
