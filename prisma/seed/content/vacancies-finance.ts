import type { SeedVacancyTemplate } from './types';

export const FINANCE_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'fin-bank-chat-operator',
    industry: 'finance',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата поддержки банка', en: 'Bank chat support operator' },
    summary: {
      ru: 'Отвечайте клиентам банка в чате мобильного приложения: карты, переводы, лимиты, кешбэк. Берём без опыта и обучаем банковским продуктам.',
      en: 'Answer bank customers in the mobile app chat about cards, transfers, limits and cashback. No experience required: we will teach you our banking products.',
    },
    duties: {
      ru: [
        'Консультировать клиентов по банковским картам, переводам и тарифам',
        'Помогать с блокировкой и перевыпуском карт, восстановлением доступа в приложение',
        'Принимать заявления на оспаривание операций и сопровождать их рассмотрение',
        'Строго соблюдать правила идентификации клиента и банковской тайны',
        'Регистрировать обращения в CRM и передавать нестандартные случаи в профильные отделы',
      ],
      en: [
        'Advise customers on bank cards, transfers and fees',
        'Help block and reissue cards and restore access to the app',
        'Take disputed-transaction claims and follow them through review',
        'Strictly follow customer identification and banking secrecy rules',
        'Log requests in the CRM and pass non-standard cases to the relevant departments',
      ],
    },
    requirements: {
      ru: [
        'Среднее профессиональное или высшее образование',
        'Грамотная письменная речь и умение объяснять сложное простыми словами',
        'Внимательность: работаем с деньгами и персональными данными клиентов',
        'Отдельное тихое рабочее место, ПК или ноутбук на Windows 10 и новее, интернет от 30 Мбит/с',
      ],
      en: [
        'Vocational or higher education',
        'Good writing skills and the ability to explain complex things simply',
        'Attention to detail: you will handle customers\' money and personal data',
        'A separate quiet workspace, a Windows 10+ PC or laptop and internet of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Официальное трудоустройство с первого дня',
        'Оплачиваемое обучение 2 недели с итоговой аттестацией',
        'График 2/2 или 5/2, смены по 8 или 12 часов',
        'Оклад плюс премия по KPI: время ответа, CSAT, качество по чек-листу',
        'ДМС после испытательного срока',
      ],
      en: [
        'Official employment from day one',
        'Two weeks of paid training with a final assessment',
        '2/2 or 5/2 schedule, 8- or 12-hour shifts',
        'Base pay plus a KPI bonus: response time, CSAT and checklist quality score',
        'Health insurance after the probation period',
      ],
    },
  },
  {
    key: 'fin-fintech-support-english',
    industry: 'finance',
    seniority: 'mid',
    voice: false,
    foreignLanguage: 'en',
    title: { ru: 'Специалист поддержки финтех-сервиса с английским языком', en: 'English-speaking fintech support specialist' },
    summary: {
      ru: 'Ищем специалиста, который будет вести чаты с клиентами на английском и русском языках. Международная команда, оплата выше рынка за знание языка.',
      en: 'We are looking for a specialist to handle customer chats in English and Russian. An international team, with above-market pay for language skills.',
    },
    duties: {
      ru: [
        'Отвечать клиентам на английском и русском в чате приложения и по email',
        'Помогать с верификацией аккаунта и проверкой документов',
        'Разбираться в статусах платежей и причинах отклонённых транзакций',
        'Взаимодействовать с комплаенсом и платёжными партнёрами по сложным случаям',
      ],
      en: [
        'Answer customers in English and Russian in the app chat and by email',
        'Help with account verification and document checks',
        'Investigate payment statuses and reasons for declined transactions',
        'Work with the compliance team and payment partners on complex cases',
      ],
    },
    requirements: {
      ru: [
        'Английский язык не ниже B2, свободная письменная речь',
        'Опыт в клиентской поддержке от 1 года, желательно в банке, финтехе или платёжных сервисах',
        'Базовое понимание KYC и принципов противодействия мошенничеству',
        'Стабильный интернет от 50 Мбит/с и ноутбук не старше 5 лет',
      ],
      en: [
        'English at B2 level or higher, with fluent writing',
        'At least 1 year in customer support, ideally in banking, fintech or payments',
        'Basic understanding of KYC and anti-fraud principles',
        'A stable 50 Mbps+ connection and a laptop no more than 5 years old',
      ],
    },
    conditions: {
      ru: [
        'Оплата в валюте или в рублях по выбору',
        'График 5/2, смены утренние или дневные по CET',
        'Корпоративные курсы английского и оплачиваемые сертификации',
        'Команда из 9 стран, рабочие созвоны раз в неделю',
      ],
      en: [
        'Pay in foreign currency or rubles, your choice',
        '5/2 schedule, morning or day shifts on CET',
        'Company English classes and paid certifications',
        'A team from 9 countries with a weekly video call',
      ],
    },
  },
  {
    key: 'fin-night-bank-chat',
    industry: 'finance',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор чата банка в ночную смену', en: 'Night-shift bank chat operator' },
    summary: {
      ru: 'Ночью клиенты банка чаще всего пишут о заблокированных картах и подозрительных операциях. Ищем внимательного оператора в ночные смены.',
      en: 'At night, bank customers mostly write about blocked cards and suspicious transactions. We need an attentive operator for night shifts.',
    },
    duties: {
      ru: [
        'Оперативно блокировать карты по запросу клиента после идентификации',
        'Консультировать по подозрительным операциям и передавать их в антифрод',
        'Помогать клиентам, которые находятся за границей и не могут оплатить покупку',
        'Фиксировать каждое обращение в CRM и закрывать его в установленный срок',
      ],
      en: [
        'Block cards promptly at the customer\'s request after identity checks',
        'Advise on suspicious transactions and route them to the anti-fraud team',
        'Help customers abroad who cannot complete a payment',
        'Log every request in the CRM and close it within the target time',
      ],
    },
    requirements: {
      ru: [
        'Готовность работать только в ночные смены',
        'Стрессоустойчивость и умение быстро принимать решения по инструкции',
        'Грамотная письменная речь',
        'Отдельное рабочее место без посторонних — требование безопасности',
      ],
      en: [
        'Willingness to work night shifts only',
        'Resilience under pressure and the ability to make quick decisions by the book',
        'Good written communication',
        'A private workspace with no one else around, as required for security',
      ],
    },
    conditions: {
      ru: [
        'Ночные смены с 21:00 до 09:00, график 2/2',
        'Надбавка 20% за работу в ночное время',
        'Оплачиваемое обучение и наставник на первый месяц',
        'Официальное оформление, оплачиваемый отпуск и больничный',
      ],
      en: [
        'Night shifts from 9 p.m. to 9 a.m. on a 2/2 schedule',
        '20% night-time allowance',
        'Paid training and a mentor for the first month',
        'Official employment with paid vacation and sick leave',
      ],
    },
  },
  {
    key: 'fin-chat-support-kazakh',
    industry: 'finance',
    seniority: 'entry',
    voice: false,
    foreignLanguage: 'kk',
    title: { ru: 'Оператор чат-поддержки со знанием казахского языка', en: 'Chat support operator with Kazakh' },
    summary: {
      ru: 'Ищем оператора для поддержки клиентов платёжного сервиса на казахском и русском языках. Обучим продукту, опыт в финансах не обязателен.',
      en: 'We are looking for an operator to support payment-service customers in Kazakh and Russian. We will teach you the product; finance experience is not required.',
    },
    duties: {
      ru: [
        'Отвечать клиентам в чате на казахском и русском языках',
        'Помогать с оплатой по QR-коду, переводами и возвратами',
        'Консультировать продавцов по подключению приёма платежей',
        'Передавать технические ошибки в L2-поддержку по шаблону',
      ],
      en: [
        'Answer customers in chat in Kazakh and Russian',
        'Help with QR payments, transfers and refunds',
        'Advise merchants on setting up payment acceptance',
        'Escalate technical errors to L2 support using the standard template',
      ],
    },
    requirements: {
      ru: [
        'Свободный казахский и русский языки, грамотное письмо на обоих',
        'Умение вести несколько диалогов одновременно',
        'Ответственность и пунктуальность',
        'Компьютер и интернет от 20 Мбит/с',
      ],
      en: [
        'Fluent Kazakh and Russian, with correct writing in both',
        'Ability to handle several conversations at once',
        'Reliability and punctuality',
        'A computer and an internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Удалённая работа, смены по времени Астаны',
        'График 5/2 или 2/2 на выбор',
        'Надбавка за двуязычную поддержку',
        'Обучение 7 рабочих дней с сохранением оплаты',
      ],
      en: [
        'Remote work, shifts on Astana time',
        'Choice of 5/2 or 2/2 schedule',
        'Bilingual support allowance',
        'Seven working days of paid training',
      ],
    },
  },
  {
    key: 'fin-quality-control-specialist',
    industry: 'finance',
    seniority: 'mid',
    voice: false,
    title: { ru: 'Специалист по контролю качества чат-поддержки', en: 'Chat support quality assurance specialist' },
    summary: {
      ru: 'Оценивайте диалоги операторов по чек-листу, находите системные ошибки и помогайте команде отвечать лучше. Хороший следующий шаг для опытного оператора.',
      en: 'Review operator conversations against a checklist, spot recurring mistakes and help the team answer better. A good next step for an experienced operator.',
    },
    duties: {
      ru: [
        'Проверять и оценивать не менее 40 диалогов в день по чек-листу качества',
        'Давать операторам развёрнутую обратную связь с примерами',
        'Проводить калибровки оценок с тимлидами',
        'Готовить еженедельный отчёт о типовых ошибках и их причинах',
        'Предлагать изменения в скрипты и базу знаний',
      ],
      en: [
        'Review and score at least 40 conversations a day against the quality checklist',
        'Give operators detailed feedback with examples',
        'Run scoring calibration sessions with team leads',
        'Prepare a weekly report on common mistakes and their causes',
        'Propose changes to scripts and the knowledge base',
      ],
    },
    requirements: {
      ru: [
        'Опыт работы оператором поддержки от 1,5 лет, лучше в банке или финтехе',
        'Отличная грамотность и внимание к деталям',
        'Умение давать обратную связь корректно и по делу',
        'Уверенная работа с таблицами',
      ],
      en: [
        'At least 1.5 years as a support operator, ideally in banking or fintech',
        'Excellent literacy and attention to detail',
        'Ability to give feedback tactfully and constructively',
        'Solid spreadsheet skills',
      ],
    },
    conditions: {
      ru: [
        'График 5/2, дневные смены',
        'Фиксированный оклад, премия по итогам квартала',
        'Участие в обучении новых сотрудников',
        'Перспектива роста до руководителя отдела качества',
      ],
      en: [
        '5/2 schedule, day shifts',
        'Fixed salary with a quarterly bonus',
        'Involvement in training new hires',
        'A path to head of quality assurance',
      ],
    },
  },
  {
    key: 'fin-chat-voice-operator',
    industry: 'finance',
    seniority: 'entry',
    voice: true,
    title: { ru: 'Оператор поддержки банка: чат и входящие звонки', en: 'Bank support operator: chat and inbound calls' },
    summary: {
      ru: 'Смешанная линия: большую часть смены вы отвечаете в чате, а в часы пик принимаете входящие звонки. Нужна гарнитура, исходящих продаж нет.',
      en: 'A blended line: you answer chats for most of the shift and take inbound calls at peak times. A headset is required; there is no outbound selling.',
    },
    duties: {
      ru: [
        'Отвечать клиентам в чате приложения и принимать входящие звонки',
        'Консультировать по картам, вкладам и кредитным продуктам банка',
        'Проводить идентификацию клиента по голосу и кодовому слову',
        'Оформлять обращения и жалобы в CRM',
      ],
      en: [
        'Answer customers in the app chat and take inbound calls',
        'Advise on the bank\'s cards, deposits and loan products',
        'Verify customers\' identity by voice and security word',
        'Record requests and complaints in the CRM',
      ],
    },
    requirements: {
      ru: [
        'Чёткая дикция и грамотная речь — устная и письменная',
        'Гарнитура с шумоподавлением (можем выдать во временное пользование)',
        'Тихое помещение без фонового шума',
        'Проводной интернет от 30 Мбит/с',
      ],
      en: [
        'Clear diction and correct spoken and written language',
        'A noise-cancelling headset (we can lend one)',
        'A quiet room with no background noise',
        'A wired internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'График 2/2 по 11 часов или 5/2 по 8 часов',
        'Оклад и премия по KPI, доплата за голосовую линию',
        'Обучение 10 дней с тренером, тренажёр звонков',
        'Официальное трудоустройство и ДМС',
      ],
      en: [
        '2/2 schedule with 11-hour shifts or 5/2 with 8-hour days',
        'Base pay, KPI bonus and an extra allowance for the voice line',
        'Ten days of training with a trainer, including a call simulator',
        'Official employment and health insurance',
      ],
    },
  },
];
