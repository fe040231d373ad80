import type { RiskCorpusEntry } from './types';

// Honest Russian ads, modelled on what banks, shops, edtech, SaaS and telecom companies really publish.
// Several are deliberately tricky: they talk about cards, deposits, passports, Telegram or fees as part of
// the job, or state that the company never asks for money.
export const HONEST_RU: RiskCorpusEntry[] = [
  {
    id: 'h-ru-bank-cards',
    label: 'honest',
    lang: 'ru',
    why: 'bank support: cards, deposits and CVV appear as the topic of the work and as a rule for the operator',
    input: {
      title: 'Оператор чата поддержки банка (без опыта)',
      description: `Банк «Северная гавань» ищет операторов в чат мобильного приложения.

Чем предстоит заниматься:
- консультировать клиентов по дебетовым и кредитным картам, вкладам и депозитам;
- помогать заблокировать и перевыпустить карту, разбираться со спорными операциями;
- передавать сложные обращения во вторую линию.

Важно: мы никогда не спрашиваем у клиентов CVV-код и коды из СМС — этому научим в первый же день.

Условия: оформление по ТК РФ, белая зарплата, обучение 2 недели с оплатой, график 2/2 по 12 часов, ноутбук и гарнитуру выдаём.`,
      experience: 'noExperience',
      languages: [{ language: 'ru', level: 'native' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 48000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Банк «Северная гавань»', website: 'https://sevgavan-bank.ru', legalName: 'АО «Банк Северная гавань»', taxId: '7707123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-marketplace-channels',
    label: 'honest',
    lang: 'ru',
    why: 'works in Telegram and WhatsApp as support channels; free training phrased with "бесплатное"',
    input: {
      title: 'Специалист чат-поддержки интернет-магазина',
      description: `«ДомТекстиль» — интернет-магазин товаров для дома, 12 лет на рынке.

Обязанности:
- отвечать покупателям в чате на сайте, в Telegram и WhatsApp;
- оформлять возвраты и обмены, отслеживать доставку;
- вести карточки обращений в CRM.

Мы предлагаем:
- обучение бесплатное, 5 дней, всё это время оплачивается;
- график 5/2 или 2/2 на выбор, смены по 8 часов;
- премия за оценки клиентов.

Откликайтесь через форму на сайте, ответим в течение трёх рабочих дней.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 38000,
      salaryTo: 46000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '5/2',
      company: { name: 'ДомТекстиль', website: 'https://domtextile.ru', legalName: 'ООО «ДомТекстиль»', taxId: '5012345678', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-edtech-no-fees',
    label: 'honest',
    lang: 'ru',
    why: 'edtech company warns candidates: no payment for training, no investments',
    input: {
      title: 'Куратор чата поддержки студентов онлайн-школы',
      description: `Онлайн-школа программирования «Кодовая база» ищет кураторов поддержки.

Задачи: отвечать студентам в чате платформы, помогать с доступом к урокам, переносить дедлайны по регламенту, собирать обратную связь.

Требования: грамотная письменная речь, внимательность, готовность работать по вечерам.

Мы не берём денег за обучение и не просим никаких вложений — обучение проходит за счёт компании, первую неделю вы работаете в паре с наставником.

Оформление: самозанятость или ГПХ, выплаты два раза в месяц.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 35000,
      salaryTo: 45000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Кодовая база', website: 'https://kodbaza.school', legalName: 'ООО «Кодовая база»', taxId: '7801234567', country: 'RU', verified: false },
    },
  },
  {
    id: 'h-ru-telecom-hourly',
    label: 'honest',
    lang: 'ru',
    why: 'telecom support about balances and top-ups; hourly pay',
    input: {
      title: 'Оператор онлайн-чата мобильного оператора',
      description: `Крупный оператор связи приглашает в команду чат-поддержки абонентов.

Вы будете:
- отвечать на вопросы абонентов о тарифах, роуминге и пополнении баланса;
- помогать подключать и отключать услуги;
- фиксировать жалобы на качество связи.

Почасовая оплата, смены от 4 часов, можно совмещать с учёбой. Перед стартом — оплачиваемое обучение 10 дней. Нужен компьютер и интернет от 20 Мбит/с.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'url',
      applyUrl: 'https://career.sviaz-plus.ru/vacancies/chat-operator',
      salaryFrom: 250,
      salaryTo: 290,
      salaryCurrency: 'RUB',
      salaryPeriod: 'hour',
      hoursPerWeek: 30,
      company: { name: 'Связь Плюс', website: 'https://sviaz-plus.ru', legalName: 'ПАО «Связь Плюс»', taxId: '7740000076', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-saas-first-line',
    label: 'honest',
    lang: 'ru',
    why: 'SaaS support with some experience; mentions writing to clients in Telegram',
    input: {
      title: 'Специалист технической поддержки 1-й линии (чат)',
      description: `Делаем облачную CRM для малого бизнеса. Ищем специалиста в поддержку.

Что делать:
- разбирать обращения в чате и по email, писать клиентам в Telegram, если они выбрали этот канал;
- воспроизводить ошибки, заводить задачи разработчикам;
- дополнять базу знаний.

Ждём опыт поддержки от года, понимание, как устроены веб-приложения, аккуратный письменный русский.

Условия: полностью удалённо, 5/2 с 10 до 19 по Москве, ДМС после испытательного срока, компенсация интернета.`,
      experience: 'between1And3',
      applyMode: 'email',
      applyEmail: 'jobs@oblakocrm.ru',
      salaryFrom: 75000,
      salaryTo: 95000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ОблакоCRM', website: 'https://oblakocrm.ru', legalName: 'ООО «Облако ЦРМ»', taxId: '6671234567', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-bilingual-senior',
    label: 'honest',
    lang: 'ru',
    why: 'high but plausible pay for an experienced operator with C1 English in an international company',
    input: {
      title: 'Ведущий специалист англоязычной чат-поддержки',
      description: `Международный сервис бронирования жилья ищет опытного специалиста в англоязычную поддержку.

Задачи: сложные обращения гостей и владельцев жилья, споры по оплате и возвратам, обучение новичков, контроль качества ответов.

Требования: опыт в поддержке от 3 лет, английский C1 (письменный), опыт работы с Zendesk.

Условия: зарплата 180–220 тыс. ₽ на руки, удалённо, график 5/2 со сдвигом под Европу, оплачиваемый отпуск 28 дней.`,
      experience: 'between3And6',
      languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'native' }],
      applyMode: 'url',
      applyUrl: 'https://jobs.staywise.com/support-lead-ru',
      salaryFrom: 180000,
      salaryTo: 220000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'StayWise', website: 'https://staywise.com', legalName: 'StayWise B.V.', taxId: 'NL861234567B01', country: 'NL', verified: true },
    },
  },
  {
    id: 'h-ru-delivery-nights',
    label: 'honest',
    lang: 'ru',
    why: 'questions via an official Telegram bot, applications through the site form; pay per shift',
    input: {
      title: 'Оператор чата службы доставки (ночные смены)',
      description: `Сервис доставки еды «Быстро&Вкусно» набирает ночную смену чат-поддержки.

Вы помогаете курьерам и клиентам: опоздания, замены блюд, возвраты.

График 2/2, смена с 21:00 до 09:00 по Москве, оплата за смену, ночные — по повышенной ставке. Обучение 3 дня, оплачивается.

Вопросы по вакансии можно задать нашему HR-боту в Telegram @bystro_hr_bot, а отклик оставляйте через форму на сайте.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 2800,
      salaryTo: 3200,
      salaryCurrency: 'RUB',
      salaryPeriod: 'shift',
      shiftPattern: '2/2',
      company: { name: 'Быстро&Вкусно', website: 'https://bystro-vkusno.ru', legalName: 'ООО «БиВ Доставка»', taxId: '7714567890', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-travel-age',
    label: 'honest',
    lang: 'ru',
    why: 'age requirement "18+" and rate ("ставка") wording that must not read as adult content or betting',
    input: {
      title: 'Оператор чата поддержки туристов (сезонная работа)',
      description: `Туроператор «Южный берег» ищет операторов на летний сезон (июнь–сентябрь).

Обязанности: консультировать туристов в чате о трансферах, заселении и экскурсиях, решать вопросы с отелями.

Требования: возраст 18+, грамотная речь, готовность работать в выходные.

Условия: фиксированная ставка плюс бонус за сезон, обучение онлайн 4 дня, договор ГПХ.`,
      experience: 'noExperience',
      trainingProvided: true,
      applyMode: 'form',
      salaryFrom: 50000,
      salaryTo: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Южный берег', website: 'https://yuzhbereg-tour.ru', legalName: 'ООО «Южный берег»', taxId: '2320123456', country: 'RU', verified: false },
    },
  },
  {
    id: 'h-ru-payments-kyc',
    label: 'honest',
    lang: 'ru',
    why: 'payment service: the operator checks clients\' passport photos and helps with transfers to cards',
    input: {
      title: 'Специалист поддержки платёжного сервиса',
      description: `Платёжный сервис «ПэйЛайн» расширяет команду поддержки.

Что нужно делать:
- отвечать на вопросы клиентов о переводах, возвратах и комиссиях;
- проверять фото паспорта клиентов при верификации аккаунта по регламенту;
- помогать клиентам привязать карту и разбираться с отклонёнными платежами.

Ждём опыт в поддержке или продажах от года, внимательность к деталям.

При оформлении понадобятся паспорт, СНИЛС и ИНН — всё подписываем электронно после собеседования.`,
      experience: 'between1And3',
      applyMode: 'form',
      salaryFrom: 60000,
      salaryTo: 75000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ПэйЛайн', website: 'https://payline.ru', legalName: 'ООО НКО «ПэйЛайн»', taxId: '7705987654', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-outsourcing-cc',
    label: 'honest',
    lang: 'ru',
    why: 'outsourcing contact centre; "официальное оформление, взносы платит работодатель"',
    input: {
      title: 'Оператор чата в аутсорсинговый контакт-центр',
      description: `Контакт-центр «Линия 24» обслуживает интернет-магазины, банки и сервисы такси. Набираем операторов текстовой поддержки.

Что предлагаем:
- официальное оформление, все налоги и страховые взносы платит работодатель;
- оплачиваемое обучение 7 дней с куратором;
- график 2/2 по 11 часов, есть дневные и ночные смены.

Что ждём: скорость печати от 150 знаков в минуту, грамотность, стабильный интернет.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 40000,
      salaryTo: 52000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Линия 24', website: 'https://liniya24.ru', legalName: 'ООО «Линия 24»', taxId: '1655123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-students-part-time',
    label: 'honest',
    lang: 'ru',
    why: 'part-time for students, hourly; mentions "вопросы о доставке и оплате заказов"',
    input: {
      title: 'Оператор чата маркетплейса — подработка для студентов',
      description: `Маркетплейс «Корзинка» ищет студентов на подработку в чат поддержки покупателей.

Смены по 4 часа, выбираете удобные дни сами в личном кабинете. Отвечаете на вопросы о доставке и оплате заказов, оформляете возвраты.

Обучение — онлайн, 3 дня, оплачиваемое. Выплаты два раза в месяц на карту по договору самозанятого.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 220,
      salaryTo: 220,
      salaryCurrency: 'RUB',
      salaryPeriod: 'hour',
      hoursPerWeek: 16,
      company: { name: 'Корзинка', website: 'https://korzinka.market', legalName: 'ООО «Корзинка Маркет»', taxId: '7736123456', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-cosmetics-email',
    label: 'honest',
    lang: 'ru',
    why: 'small shop working in VK and Telegram chats; applications by email',
    input: {
      title: 'Менеджер чатов магазина косметики',
      description: `Небольшой магазин корейской косметики ищет менеджера в чаты.

Ведёте переписку с покупателями ВКонтакте и в Telegram, подбираете уход, оформляете заказы в МойСклад.

График 5/2 с 10 до 18, оклад плюс процент с продаж, оформление по договору ГПХ.

Резюме присылайте на почту из вакансии, в письме расскажите, какой косметикой пользуетесь сами.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'hr@seoul-beauty.ru',
      salaryFrom: 35000,
      salaryTo: 50000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Seoul Beauty', website: 'https://seoul-beauty.ru', legalName: 'ИП Ким Анна Сергеевна', taxId: '772012345678', country: 'RU', verified: false },
    },
  },
  {
    id: 'h-ru-accounting-senior',
    label: 'honest',
    lang: 'ru',
    why: 'experienced accounting-software support, upper market pay',
    input: {
      title: 'Старший специалист поддержки бухгалтерского сервиса',
      description: `Онлайн-бухгалтерия для ИП и ООО ищет старшего специалиста поддержки.

Задачи: консультации по отчётности, налогам и страховым взносам клиентов в чате, сложные кейсы с интеграциями банков, наставничество для новичков.

Требования: опыт поддержки или бухгалтерии от 3 лет, знание УСН и ПСН.

Условия: 110–140 тыс. ₽, удалённо, 5/2, ДМС, обучение за счёт компании.`,
      experience: 'between3And6',
      applyMode: 'form',
      salaryFrom: 110000,
      salaryTo: 140000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Счёт.Онлайн', website: 'https://schet.online', legalName: 'ООО «Счёт Онлайн»', taxId: '7801765432', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-insurance',
    label: 'honest',
    lang: 'ru',
    why: 'insurance support: "страховой взнос" is what the operator helps clients pay',
    input: {
      title: 'Оператор чата страховой компании',
      description: `Страховая компания «Опора» ищет операторов онлайн-чата.

Вы будете помогать клиентам оформить полис ОСАГО и КАСКО онлайн, рассчитывать стоимость, подсказывать, как оплатить страховой взнос в приложении, и принимать заявления о страховых случаях.

Обучение 2 недели, с оплатой. Оформление по ТК РФ. График 2/2.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'СК «Опора»', website: 'https://opora-insure.ru', legalName: 'АО «Страховая компания Опора»', taxId: '7709876543', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-streaming',
    label: 'honest',
    lang: 'ru',
    why: 'streaming service: refunds, linking a card, cancelling subscriptions',
    input: {
      title: 'Специалист поддержки онлайн-кинотеатра',
      description: `Онлайн-кинотеатр «Кадр» ищет специалистов поддержки подписчиков.

Задачи:
- помогать с оплатой подписки и привязкой банковской карты;
- оформлять возвраты платежей по регламенту;
- решать технические проблемы с воспроизведением на Smart TV.

Условия: 5/2, смены 8 часов со сдвигом, оплачиваемое обучение, компенсация интернета 1000 ₽ в месяц.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Кадр', website: 'https://kadr.tv', legalName: 'ООО «Кадр Медиа»', taxId: '7703456789', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-taxi-interview',
    label: 'honest',
    lang: 'ru',
    why: 'taxi service support with an explicit interview step and a warning about fraudsters',
    input: {
      title: 'Оператор поддержки водителей и пассажиров такси',
      description: `Сервис заказа такси «Мигом» приглашает в чат-поддержку.

Вы разбираете жалобы пассажиров, помогаете водителям с выплатами и блокировками, компенсируете поездки по регламенту.

Как мы нанимаем: отклик на сайте → тестовое задание → онлайн-собеседование с руководителем → оффер. Если кто-то от нашего имени просит оплатить обучение или прислать данные карты — это мошенники, сообщите нам.

График 2/2, день или ночь, ставка выше в ночные смены.`,
      experience: 'noExperience',
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 58000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Мигом', website: 'https://migom.taxi', legalName: 'ООО «Мигом Технологии»', taxId: '7729123450', country: 'RU', verified: true },
    },
  },
  {
    id: 'h-ru-small-shop-no-site',
    label: 'honest',
    lang: 'ru',
    why: 'small business without a website (sells on a marketplace), applications by email',
    input: {
      title: 'Оператор чатов магазина на маркетплейсе',
      description: `Продаём детские игрушки на Wildberries и Ozon. Нужен человек, который будет отвечать на вопросы покупателей в чатах маркетплейсов и на отзывы.

Около 4 часов в день, гибкий график, работа с ноутбука. Оплата фиксированная раз в месяц, по договору самозанятого.

Пишите на почту, в письме — пара слов о себе и пример ответа на негативный отзыв.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'igrushki.shop@mail.ru',
      salaryFrom: 25000,
      salaryTo: 30000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Игрушкин дом', legalName: 'ИП Петрова Мария Ивановна', taxId: '502912345678', country: 'RU', verified: false },
    },
  },
];
