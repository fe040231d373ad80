import type { SeedVacancyTemplate } from './types';

export const EDTECH_TEMPLATES: SeedVacancyTemplate[] = [
  {
    key: 'edu-student-support-operator',
    industry: 'edtech',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор поддержки учеников онлайн-школы', en: 'Online school student support operator' },
    summary: {
      ru: 'Помогайте ученикам и родителям в чате: доступ к урокам, расписание, оплата, перенос занятий. Подходит без опыта, если вы любите общаться и объяснять.',
      en: 'Help students and parents in chat with lesson access, schedules, payments and rescheduling. No experience needed if you enjoy talking to people and explaining things.',
    },
    duties: {
      ru: [
        'Отвечать ученикам и родителям в чате платформы и мессенджерах',
        'Помогать войти в личный кабинет и подключиться к онлайн-уроку',
        'Переносить занятия и менять расписание в CRM',
        'Консультировать по тарифам, оплате и возвратам',
        'Передавать преподавателям и методистам вопросы по учебному процессу',
      ],
      en: [
        'Answer students and parents in the platform chat and messengers',
        'Help them log in and join online lessons',
        'Reschedule lessons and update timetables in the CRM',
        'Advise on plans, payments and refunds',
        'Forward questions about the learning process to teachers and methodologists',
      ],
    },
    requirements: {
      ru: [
        'Грамотная письменная речь и доброжелательный тон',
        'Терпение: среди наших клиентов много школьников и их родителей',
        'Уверенный пользователь ПК и мессенджеров',
        'Компьютер и стабильный интернет от 20 Мбит/с',
      ],
      en: [
        'Good writing skills and a friendly tone',
        'Patience: many of our customers are schoolchildren and their parents',
        'Confident use of a computer and messengers',
        'A computer and a stable internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Удалённая работа, график 5/2 или 2/2',
        'Оплачиваемое обучение 5 дней',
        'Бесплатный доступ к курсам школы для сотрудника и его детей',
        'Оклад и ежемесячная премия за оценку учеников',
      ],
      en: [
        'Remote work on a 5/2 or 2/2 schedule',
        'Five days of paid training',
        'Free access to the school\'s courses for you and your children',
        'Base pay plus a monthly bonus based on student ratings',
      ],
    },
  },
  {
    key: 'edu-part-time-curator',
    industry: 'edtech',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Куратор-оператор чата на полставки (подходит студентам)', en: 'Part-time chat curator (student-friendly)' },
    summary: {
      ru: 'Сопровождайте студентов онлайн-курсов в чате: напоминайте о дедлайнах, отвечайте на вопросы, поддерживайте мотивацию. Гибкий график от 20 часов в неделю.',
      en: 'Support online course students in chat: remind them of deadlines, answer questions and keep them motivated. Flexible schedule from 20 hours a week.',
    },
    duties: {
      ru: [
        'Вести чаты учебных групп и отвечать на организационные вопросы',
        'Напоминать о вебинарах, дедлайнах и проверке домашних заданий',
        'Связываться с отстающими студентами и помогать им вернуться к учёбе',
        'Собирать обратную связь и передавать её команде курса',
      ],
      en: [
        'Moderate study group chats and answer organisational questions',
        'Send reminders about webinars, deadlines and homework reviews',
        'Reach out to students who fall behind and help them get back on track',
        'Collect feedback and pass it to the course team',
      ],
    },
    requirements: {
      ru: [
        'Грамотность и живой, дружелюбный стиль общения',
        'Организованность: нужно держать в голове несколько групп одновременно',
        'Готовность работать от 4 часов в день, в том числе по вечерам',
        'Ноутбук и интернет от 10 Мбит/с',
      ],
      en: [
        'Good literacy and a lively, friendly communication style',
        'Strong organisation: you will keep track of several groups at once',
        'Availability of at least 4 hours a day, including evenings',
        'A laptop and an internet connection of 10 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Частичная занятость, удобно совмещать с учёбой',
        'Фиксированная оплата за каждую группу',
        'Договор с самозанятым или ГПХ',
        'Бесплатное обучение на любом курсе платформы',
      ],
      en: [
        'Part-time, easy to combine with your studies',
        'Fixed pay per group',
        'Self-employed or freelance contract',
        'Free enrolment in any course on the platform',
      ],
    },
  },
  {
    key: 'edu-chat-support-spanish',
    industry: 'edtech',
    seniority: 'mid',
    voice: false,
    foreignLanguage: 'es',
    title: { ru: 'Специалист чат-поддержки с испанским языком', en: 'Spanish-speaking chat support specialist' },
    summary: {
      ru: 'Запускаем курсы для испаноязычной аудитории и ищем специалиста поддержки со свободным испанским. Работа в чате и по email, русскоязычная команда.',
      en: 'We are launching courses for a Spanish-speaking audience and need a support specialist with fluent Spanish. Chat and email work in a Russian-speaking team.',
    },
    duties: {
      ru: [
        'Отвечать студентам на испанском языке в чате и по email',
        'Помогать с оплатой, доступом к курсам и сертификатами',
        'Переводить и адаптировать статьи базы знаний на испанский',
        'Собирать типовые вопросы и предлагать улучшения продукта',
      ],
      en: [
        'Answer students in Spanish via chat and email',
        'Help with payments, course access and certificates',
        'Translate and adapt knowledge-base articles into Spanish',
        'Collect common questions and suggest product improvements',
      ],
    },
    requirements: {
      ru: [
        'Испанский язык не ниже C1, русский — родной или свободный',
        'Опыт в клиентской поддержке от 1 года',
        'Умение писать коротко, вежливо и по существу',
        'Стабильный интернет от 30 Мбит/с',
      ],
      en: [
        'Spanish at C1 level or higher, native or fluent Russian',
        'At least 1 year of customer support experience',
        'Ability to write concisely, politely and to the point',
        'A stable internet connection of 30 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Смены с учётом часовых поясов Испании и Латинской Америки',
        'Доплата за иностранный язык',
        'Возможность работать из любой страны',
        'Участие в запуске нового направления с нуля',
      ],
      en: [
        'Shifts covering Spanish and Latin American time zones',
        'Foreign-language allowance',
        'Work from any country',
        'A chance to help launch a new line of business from scratch',
      ],
    },
  },
  {
    key: 'edu-support-trainer',
    industry: 'edtech',
    seniority: 'mid',
    voice: false,
    title: { ru: 'Тренер операторов чат-поддержки', en: 'Chat support trainer' },
    summary: {
      ru: 'Ищем тренера, который будет обучать новых операторов и помогать действующим расти. Вы отвечаете за онбординг, учебные материалы и аттестации.',
      en: 'We need a trainer to onboard new operators and help current ones grow. You will own onboarding, training materials and assessments.',
    },
    duties: {
      ru: [
        'Проводить вводное онлайн-обучение для новых групп операторов',
        'Разрабатывать и обновлять учебные материалы, тесты и кейсы',
        'Проводить аттестации по итогам обучения и испытательного срока',
        'Организовывать дообучение по результатам проверок качества',
        'Следить за адаптацией новичков в первый месяц работы',
      ],
      en: [
        'Run introductory online training for new groups of operators',
        'Create and update training materials, tests and case studies',
        'Conduct assessments after training and at the end of probation',
        'Arrange refresher training based on quality review results',
        'Monitor how newcomers settle in during their first month',
      ],
    },
    requirements: {
      ru: [
        'Опыт работы в поддержке от 2 лет, из них от 6 месяцев — наставником или тренером',
        'Умение понятно объяснять и вести онлайн-занятия',
        'Навыки подготовки презентаций и учебных материалов',
        'Хорошая камера и микрофон для проведения вебинаров',
      ],
      en: [
        'At least 2 years in support, including 6 months or more as a mentor or trainer',
        'Ability to explain clearly and run online sessions',
        'Skills in preparing presentations and training materials',
        'A good camera and microphone for running webinars',
      ],
    },
    conditions: {
      ru: [
        'График 5/2, дневные часы',
        'Оклад и премия за результаты аттестаций',
        'Бюджет на профессиональное обучение',
        'Возможность вырасти до руководителя направления обучения',
      ],
      en: [
        '5/2 schedule, daytime hours',
        'Base salary plus a bonus tied to assessment results',
        'Budget for professional development',
        'A path to head of training',
      ],
    },
  },
  {
    key: 'edu-night-support',
    industry: 'edtech',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Оператор ночной чат-поддержки образовательной платформы', en: 'Night-shift chat operator for a learning platform' },
    summary: {
      ru: 'Наши студенты учатся из разных часовых поясов, и мы поддерживаем их круглосуточно. Ищем оператора в ночную смену с небольшим потоком обращений.',
      en: 'Our students learn from many time zones, so we support them around the clock. We are looking for a night-shift operator; request volume is low at night.',
    },
    duties: {
      ru: [
        'Отвечать студентам в чате платформы в ночное время',
        'Восстанавливать доступ к аккаунтам и курсам',
        'Помогать с техническими трудностями при просмотре уроков',
        'Оставлять подробные заметки для дневной смены',
      ],
      en: [
        'Answer students in the platform chat overnight',
        'Restore access to accounts and courses',
        'Help with technical issues when watching lessons',
        'Leave detailed notes for the day shift',
      ],
    },
    requirements: {
      ru: [
        'Готовность работать ночью на постоянной основе',
        'Грамотная письменная речь',
        'Самостоятельность: ночью рядом не будет руководителя, только дежурный в чате',
        'Компьютер и стабильный интернет от 20 Мбит/с',
      ],
      en: [
        'Willingness to work nights on a permanent basis',
        'Good written communication',
        'Independence: there is no manager at night, only an on-call contact in chat',
        'A computer and a stable internet connection of 20 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Смены с 22:00 до 07:00, 4 ночи в неделю',
        'Повышенная ставка за ночные часы',
        'Оплачиваемое обучение в дневное время',
        'Бесплатный доступ ко всем курсам платформы',
      ],
      en: [
        'Shifts from 10 p.m. to 7 a.m., 4 nights a week',
        'Higher rate for night hours',
        'Paid training during the day',
        'Free access to all courses on the platform',
      ],
    },
  },
  {
    key: 'edu-l1-platform-tech-support',
    industry: 'edtech',
    seniority: 'entry',
    voice: false,
    title: { ru: 'Специалист технической поддержки L1 образовательной платформы', en: 'L1 technical support specialist for a learning platform' },
    summary: {
      ru: 'Первая линия техподдержки: помогаете ученикам и преподавателям решать проблемы со входом, видео и звуком на онлайн-уроках. Хороший старт для карьеры в IT.',
      en: 'First-line technical support: help students and teachers fix login, video and audio problems in online lessons. A good start for a career in IT.',
    },
    duties: {
      ru: [
        'Диагностировать проблемы с браузером, камерой, микрофоном и подключением',
        'Помогать преподавателям с настройкой виртуального класса',
        'Воспроизводить ошибки и заводить заявки для второй линии',
        'Вести обращения в helpdesk-системе с соблюдением SLA',
      ],
      en: [
        'Diagnose browser, camera, microphone and connection problems',
        'Help teachers set up the virtual classroom',
        'Reproduce bugs and file tickets for second-line support',
        'Handle tickets in the helpdesk system within SLA',
      ],
    },
    requirements: {
      ru: [
        'Уверенное знание Windows, macOS и популярных браузеров',
        'Базовое понимание работы сетей: что такое DNS, кеш, VPN',
        'Умение объяснять технические вещи без жаргона',
        'ПК и интернет от 50 Мбит/с',
      ],
      en: [
        'Solid knowledge of Windows, macOS and popular browsers',
        'Basic networking knowledge: DNS, cache, VPN',
        'Ability to explain technical things without jargon',
        'A PC and an internet connection of 50 Mbps or more',
      ],
    },
    conditions: {
      ru: [
        'Удалённо, график 2/2 с дневными сменами',
        'Обучение продукту и внутренним инструментам',
        'Возможность перейти во вторую линию или в тестирование',
        'Официальное оформление',
      ],
      en: [
        'Remote, 2/2 schedule with day shifts',
        'Training on the product and internal tools',
        'Opportunities to move to second-line support or QA',
        'Official employment',
      ],
    },
  },
];
