import type { SeedVacancyTemplate } from './types';

export const TELECOM_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'tel-subscriber-chat-operator',
    industry: 'telecom',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата поддержки абонентов', en: 'Subscriber chat support operator' },
    summary: {
      ru: 'Консультируйте абонентов оператора связи в чате приложения и на сайте: тарифы, баланс, услуги, перенос номера. Опыт не требуется.',
      en: 'Advise mobile subscribers in the app and website chat on plans, balance, services and number porting. No experience required.',
    },
    duties: {
      ru: [
        'Консультировать по тарифам, подключению и отключению услуг',
        'Разбираться с начислениями и объяснять детализацию расходов',
        'Помогать с активацией SIM и eSIM, переносом номера',
        'Вести до 3 диалогов одновременно, соблюдая стандарты общения',
        'Регистрировать обращения в CRM и передавать технические проблемы в профильный отдел',
      ],
      en: [
        'Advise on plans and on adding or removing services',
        'Investigate charges and explain itemised bills',
        'Help activate SIM and eSIM cards and port numbers',
        'Handle up to 3 conversations at once while following communication standards',
        'Log requests in the CRM and forward technical issues to the relevant team',
      ],
    },
    requirements: {
      ru: [
        'Грамотная письменная речь',
        'Умение быстро находить информацию в базе знаний',
        'Вежливость и выдержка',
        'ПК или ноутбук и интернет от 20 Мбит/с',
      ],
      en: [
        'Good written communication',
        'Ability to find information in the knowledge base quickly',
        'Politeness and composure',
        'A PC or laptop and an internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Оплачиваемое обучение 7 дней',
        'Сменный график 2/2, дневные и вечерние смены',
        'Оклад и премия за выполнение KPI',
        'Корпоративная SIM-карта с безлимитным тарифом',
      ],
      en: [
        'Seven days of paid training',
        '2/2 shift schedule with day and evening shifts',
        'Base pay plus a KPI bonus',
        'Company SIM card with an unlimited plan',
      ],
    },
  },
  {
    key: 'tel-night-subscriber-support',
    industry: 'telecom',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор ночной смены поддержки абонентов', en: 'Night-shift subscriber support operator' },
    summary: {
      ru: 'Связь нужна абонентам круглосуточно, поэтому и поддержка не спит. Ищем оператора в ночные смены с доплатой за ночное время.',
      en: 'Subscribers need connectivity around the clock, so support never sleeps. We are looking for a night-shift operator with a night-time allowance.',
    },
    duties: {
      ru: [
        'Отвечать абонентам в чате в ночное время',
        'Помогать восстановить доступ к связи и интернету в роуминге',
        'Фиксировать массовые сбои и оперативно сообщать о них дежурному инженеру',
        'Оформлять заявки на проверку качества связи',
      ],
      en: [
        'Answer subscribers in chat overnight',
        'Help restore voice and data service while roaming',
        'Record mass outages and promptly report them to the on-call engineer',
        'File network quality check requests',
      ],
    },
    requirements: {
      ru: [
        'Готовность работать в ночные смены',
        'Спокойствие в ситуациях, когда у клиента нет связи и он раздражён',
        'Грамотная письменная речь',
        'Резервный канал интернета на случай отключения основного',
      ],
      en: [
        'Willingness to work night shifts',
        'Composure when a subscriber has no service and is frustrated',
        'Good written communication',
        'A backup internet connection in case the main one fails',
      ],
    },
    conditions: {
      ru: [
        'Смены с 20:00 до 08:00, график 2/2',
        'Доплата за ночные часы',
        'Обучение и наставник в первый месяц',
        'Официальное трудоустройство, оплачиваемый отпуск',
      ],
      en: [
        'Shifts from 8 p.m. to 8 a.m. on a 2/2 schedule',
        'Night-time allowance',
        'Training and a mentor for the first month',
        'Official employment with paid vacation',
      ],
    },
  },
  {
    key: 'tel-chat-support-uzbek',
    industry: 'telecom',
    seniority: 'entry',
    voice: false,
    foreignLanguage: 'uz',
    title: { ru: 'Оператор чат-поддержки со знанием узбекского языка', en: 'Chat support operator with Uzbek' },
    summary: {
      ru: 'Ищем оператора для поддержки абонентов на узбекском и русском языках. Удалённая работа, обучение за счёт компании.',
      en: 'We are looking for an operator to support subscribers in Uzbek and Russian. Remote work with company-paid training.',
    },
    duties: {
      ru: [
        'Отвечать абонентам в чате на узбекском и русском языках',
        'Консультировать по тарифам, пакетам интернета и пополнению баланса',
        'Помогать с настройкой мобильного интернета на смартфоне',
        'Передавать жалобы на качество связи техническим специалистам',
      ],
      en: [
        'Answer subscribers in chat in Uzbek and Russian',
        'Advise on plans, data bundles and balance top-ups',
        'Help set up mobile data on smartphones',
        'Pass network quality complaints to technical specialists',
      ],
    },
    requirements: {
      ru: [
        'Свободное владение узбекским (латиница и кириллица) и русским языками',
        'Грамотность в письменной речи',
        'Умение работать с несколькими окнами и вкладками одновременно',
        'Компьютер и интернет от 20 Мбит/с',
      ],
      en: [
        'Fluent Uzbek (Latin and Cyrillic scripts) and Russian',
        'Correct written language',
        'Ability to work with several windows and tabs at once',
        'A computer and an internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Смены по времени Ташкента, график 5/2 или 2/2',
        'Надбавка за двуязычную поддержку',
        'Оплачиваемое обучение 5 дней',
        'Возможность роста до старшего оператора',
      ],
      en: [
        'Shifts on Tashkent time, 5/2 or 2/2 schedule',
        'Bilingual support allowance',
        'Five days of paid training',
        'A path to senior operator',
      ],
    },
  },
  {
    key: 'tel-chat-voice-operator',
    industry: 'telecom',
    seniority: 'entry',
    voice: true,
    title: { ru: 'Оператор поддержки абонентов: чат и звонки', en: 'Subscriber support operator: chat and calls' },
    summary: {
      ru: 'Работа на смешанной линии: чаты с абонентами и входящие звонки. Понадобится гарнитура и тихое место для работы.',
      en: 'A blended line: subscriber chats and inbound calls. You will need a headset and a quiet place to work.',
    },
    duties: {
      ru: [
        'Принимать входящие звонки и отвечать в чате приложения',
        'Решать вопросы по тарифам, балансу и начислениям',
        'Проводить первичную диагностику проблем со связью и интернетом',
        'Фиксировать итоги разговоров и переписок в CRM',
      ],
      en: [
        'Take inbound calls and answer in the app chat',
        'Resolve questions about plans, balance and charges',
        'Run basic troubleshooting for voice and data problems',
        'Record the outcome of calls and chats in the CRM',
      ],
    },
    requirements: {
      ru: [
        'Поставленная речь и приятный голос',
        'USB-гарнитура с микрофоном и шумоподавлением',
        'Тихое рабочее место без детей и животных на фоне',
        'Проводной интернет от 30 Мбит/с',
      ],
      en: [
        'Clear speech and a pleasant voice',
        'A USB headset with a noise-cancelling microphone',
        'A quiet workspace without children or pets in the background',
        'A wired internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Оплачиваемое обучение 10 дней, включая тренировочные звонки',
        'График 2/2 или 5/2',
        'Доплата за работу на голосовой линии',
        'Компенсация покупки гарнитуры после испытательного срока',
      ],
      en: [
        'Ten days of paid training, including practice calls',
        '2/2 or 5/2 schedule',
        'Extra pay for working on the voice line',
        'Headset cost reimbursed after the probation period',
      ],
    },
  },
  {
    key: 'tel-l2-network-support',
    industry: 'telecom',
    seniority: 'mid',
    voice: false,
    title: { ru: 'Специалист технической поддержки L2 (домашний интернет)', en: 'L2 technical support specialist (home internet)' },
    summary: {
      ru: 'Вторая линия поддержки провайдера: разбираете сложные обращения по домашнему интернету и ТВ, которые не смогла решить первая линия.',
      en: 'Second-line support at an internet provider: you handle complex home internet and TV cases that the first line could not resolve.',
    },
    duties: {
      ru: [
        'Удалённо диагностировать абонентское оборудование и настройки роутеров',
        'Анализировать логи подключения и состояние линии',
        'Создавать наряды для выездных монтажников и контролировать их выполнение',
        'Консультировать первую линию по сложным техническим вопросам',
        'Участвовать в разборе аварий и обновлении инструкций',
      ],
      en: [
        'Remotely diagnose customer equipment and router settings',
        'Analyse connection logs and line status',
        'Create work orders for field technicians and track their completion',
        'Advise first-line agents on complex technical issues',
        'Take part in incident reviews and update troubleshooting guides',
      ],
    },
    requirements: {
      ru: [
        'Опыт в технической поддержке провайдера от 1 года',
        'Знание основ сетей: TCP/IP, DHCP, PPPoE, Wi-Fi',
        'Опыт настройки роутеров популярных производителей',
        'Умение чётко документировать свои действия в тикете',
      ],
      en: [
        'At least 1 year of technical support experience at an ISP',
        'Networking fundamentals: TCP/IP, DHCP, PPPoE, Wi-Fi',
        'Experience configuring routers from popular vendors',
        'Ability to document your actions clearly in the ticket',
      ],
    },
    conditions: {
      ru: [
        'График 2/2 по 12 часов, дневные смены',
        'Оклад выше, чем на первой линии, и квартальная премия',
        'Оплата профильных курсов и сертификаций',
        'Возможность перейти в сетевые инженеры',
      ],
      en: [
        '2/2 schedule with 12-hour day shifts',
        'Higher base pay than first line, plus a quarterly bonus',
        'Paid networking courses and certifications',
        'A path to network engineer',
      ],
    },
  },
  {
    key: 'tel-support-team-lead',
    industry: 'telecom',
    seniority: 'senior',
    voice: false,
    title: { ru: 'Тимлид группы поддержки абонентов', en: 'Subscriber support team lead' },
    summary: {
      ru: 'Возглавьте удалённую группу операторов чат-поддержки из 20–25 человек. Нужен опытный руководитель, который умеет работать с метриками и людьми.',
      en: 'Lead a remote group of 20–25 chat support operators. We need an experienced manager who is good with both metrics and people.',
    },
    duties: {
      ru: [
        'Планировать смены и нагрузку группы с учётом прогноза обращений',
        'Контролировать SLA, время первого ответа и удовлетворённость абонентов',
        'Проводить обратную связь, разборы и аттестации операторов',
        'Участвовать в найме и адаптации новых сотрудников',
        'Готовить отчёты для руководителя контакт-центра',
      ],
      en: [
        'Plan shifts and team workload based on request forecasts',
        'Monitor SLA, first response time and subscriber satisfaction',
        'Run feedback sessions, reviews and operator assessments',
        'Take part in hiring and onboarding new staff',
        'Prepare reports for the head of the contact centre',
      ],
    },
    requirements: {
      ru: [
        'Опыт руководства группой поддержки от 2 лет',
        'Опыт в телекоме или контакт-центре большого объёма',
        'Уверенное владение таблицами и отчётами helpdesk-системы',
        'Умение мотивировать удалённую команду',
      ],
      en: [
        'At least 2 years leading a support team',
        'Experience in telecom or a high-volume contact centre',
        'Strong spreadsheet skills and comfort with helpdesk reports',
        'Ability to motivate a remote team',
      ],
    },
    conditions: {
      ru: [
        'График 5/2, удалённо',
        'Оклад и премия за KPI группы',
        'ДМС и оплачиваемое обучение по управлению',
        'Влияние на процессы поддержки всей компании',
      ],
      en: [
        'Remote, 5/2 schedule',
        'Base salary plus a bonus tied to team KPIs',
        'Health insurance and paid management training',
        'Real influence on support processes company-wide',
      ],
    },
  },
];
