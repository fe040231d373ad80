import type { RiskCorpusEntry } from './types';

// Scam ads in Russian, modelled on the patterns candidates report: paid "training", deposits for an account,
// documents and card data before any interview, money-mule "payment operators", casino and 18+ projects,
// crypto "arbitrage", task scams. Some are blunt, some are written to look like an ordinary vacancy.
export const SCAM_RU: RiskCorpusEntry[] = [
  {
    id: 's-ru-materials-fee',
    label: 'scam',
    lang: 'ru',
    why: 'classic: paid training materials, "refunded after the first salary", Telegram link to apply',
    input: {
      title: 'Оператор чата на дому, без опыта',
      description: `✅ Работа оператором чата из дома!
✅ Опыт не нужен, всему научим за 2 дня
✅ Доход от 80 000 ₽ в месяц, выплаты каждую неделю

Для начала работы нужно пройти обучение. Стоимость обучающих материалов — 1500 ₽, сумма возвращается с первой зарплатой.

Подробности у менеджера в Telegram.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/hr_olga_work',
      salaryFrom: 80000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Удалённая работа' },
    },
  },
  {
    id: 's-ru-registration-fee',
    label: 'scam',
    lang: 'ru',
    why: 'registration fee for "platform access", pay far above market for no experience',
    input: {
      title: 'Онлайн-консультант в чат (удалённо)',
      description: `Приглашаем онлайн-консультантов для работы с клиентами крупных интернет-магазинов.

Требования: телефон или ПК, 3–4 часа в день.

Перед началом работы оплачивается регистрационный взнос 990 рублей за доступ к рабочей платформе. Без взноса подключить вас к системе невозможно.

Заработок 120 000 – 150 000 ₽.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 120000,
      salaryTo: 150000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Онлайн Консалт Групп' },
    },
  },
  {
    id: 's-ru-account-deposit',
    label: 'scam',
    lang: 'ru',
    why: 'insurance deposit for a work account, phrased politely',
    input: {
      title: 'Оператор службы поддержки (чат)',
      description: `Компания «Стандарт Сервис» ищет операторов в службу поддержки.

Обязанности: ответы клиентам в чате по готовым скриптам.

Условия: график свободный, оплата еженедельно.

Для получения рабочего аккаунта необходимо внести страховой депозит 3000 ₽. Депозит возвращается вместе с первой выплатой — это защита от недобросовестных сотрудников.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'standart.servis.hr@gmail.com',
      salaryFrom: 50000,
      salaryTo: 70000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Стандарт Сервис' },
    },
  },
  {
    id: 's-ru-passport-card-telegram',
    label: 'scam',
    lang: 'ru',
    why: 'passport photo and card number in Telegram before any interview',
    input: {
      title: 'Модератор чатов, удалённо',
      description: `Набираем модераторов чатов в новый проект. Собеседования нет — сразу оформление.

Для оформления пришлите в Telegram фото паспорта (разворот и прописка) и номер карты, на которую будут приходить выплаты.

Работа 4–6 часов в день, оплата 2000 ₽ за смену.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 2000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'shift',
      company: { name: 'ChatModer' },
    },
  },
  {
    id: 's-ru-money-mule',
    label: 'scam',
    lang: 'ru',
    why: 'money mule disguised as a payment operator in chat',
    input: {
      title: 'Оператор чата по обработке платежей',
      description: `Ищем операторов для работы в чате платёжного сервиса.

Ваша задача — принимать переводы от клиентов на свою банковскую карту и переводить средства на реквизиты, которые пришлёт куратор. Ваш доход — 3% от оборота, в среднем 5 000 ₽ в день.

Требуется карта любого банка и 2–3 часа свободного времени. Опыт не нужен.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/pay_operator_job',
      company: { name: 'PayFast' },
    },
  },
  {
    id: 's-ru-casino',
    label: 'scam',
    lang: 'ru',
    why: 'online casino and sports betting support, apply via Telegram, high pay for no experience',
    input: {
      title: 'Оператор чата поддержки игроков',
      description: `Международный игровой проект ищет операторов поддержки игроков.

Вы консультируете игроков онлайн-казино и ставок на спорт: бонусы, депозиты, вывод выигрышей.

Опыт не обязателен, всему научим. Доход от 100 000 ₽, выплаты в USDT.

Пишите в телеграм @support_hr_game, ответим за 5 минут.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 100000,
      salaryTo: 160000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'GameSupport International' },
    },
  },
  {
    id: 's-ru-adult-chatter',
    label: 'scam',
    lang: 'ru',
    why: '"chatter" writing on behalf of a model on an 18+ project',
    input: {
      title: 'Оператор чата (общение с клиентами), без опыта',
      description: `Ищем девушек и парней на позицию чаттера. Общение с клиентами от лица модели на платформе 18+ (OnlyFans).

Опыт не нужен, есть обучение. Доход от 100 000 ₽ + процент с продаж контента.

Работа с ноутбука, ночные смены. Подробности — в директ или в тг.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 100000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Agency M' },
    },
  },
  {
    id: 's-ru-crypto-arbitrage',
    label: 'scam',
    lang: 'ru',
    why: 'crypto P2P arbitrage sold as chat work; investment required to start',
    input: {
      title: 'Менеджер чата криптобиржи',
      description: `Команда P2P-арбитража криптовалют набирает менеджеров в чат.

Вы общаетесь с покупателями USDT на бирже и проводите сделки по нашим связкам. Доход 5–7% в день от оборота.

Для старта нужны вложения от 10 000 ₽ — это ваш рабочий капитал, который растёт каждый день. Обучаем бесплатно.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://clck.ru/3AbCdE',
      company: { name: 'CryptoTeam' },
    },
  },
  {
    id: 's-ru-crm-license',
    label: 'scam',
    lang: 'ru',
    why: 'subtle: "training is free, but" the CRM licence must be paid; looks like a normal company',
    input: {
      title: 'Оператор чата поддержки интернет-магазина электроники',
      description: `«ТехноМаркет» — сеть магазинов электроники. Набираем операторов в чат поддержки.

Обязанности: консультации покупателей, оформление заказов и возвратов.

Условия: график 2/2, оклад 45 000 ₽ + бонусы, обучение бесплатное, но для работы необходимо оплатить лицензию CRM-системы — 1490 ₽ (компенсируем в первый месяц).

Откликайтесь через сайт.`,
      experience: 'noExperience',
      trainingProvided: true,
      applyMode: 'form',
      salaryFrom: 45000,
      salaryTo: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'ТехноМаркет', website: 'https://tehnomarket-shop.ru', legalName: 'ООО «ТехноМаркет»' },
    },
  },
  {
    id: 's-ru-combination-no-money',
    label: 'scam',
    lang: 'ru',
    why: 'no money demand at all: messenger-only, short link, no company details, unrealistic pay, no interview',
    input: {
      title: 'Удалённая работа в чате — старт сегодня',
      description: `Нужны сотрудники в онлайн-чат, обучение за 1 день.

Без собеседования, начните работать прямо сегодня! Пассивный доход от 150 000 ₽ в месяц, места ограничены.

Анкета по ссылке: bit.ly/chat-job-24. Связь только в WhatsApp.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://bit.ly/chat-job-24',
      salaryFrom: 150000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Работа онлайн' },
    },
  },
  {
    id: 's-ru-course-sale',
    label: 'scam',
    lang: 'ru',
    why: 'course sale disguised as a job: "guaranteed employment after the paid course"',
    input: {
      title: 'Оператор чата — трудоустройство после обучения',
      description: `Станьте оператором чат-поддержки за 2 недели!

Пройдите наш курс «Оператор чата PRO» и получите гарантированное трудоустройство в компаниях-партнёрах. Стоимость курса 4 900 ₽, возможна рассрочка.

После курса средний доход наших выпускников — 70 000 ₽ в месяц.`,
      experience: 'noExperience',
      trainingProvided: true,
      applyMode: 'url',
      applyUrl: 'https://operator-pro-kurs.ru/start',
      salaryFrom: 60000,
      salaryTo: 80000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Школа операторов PRO', website: 'https://operator-pro-kurs.ru' },
    },
  },
  {
    id: 's-ru-insurance-fee',
    label: 'scam',
    lang: 'ru',
    why: '"страховой взнос" for material liability paid by the candidate',
    input: {
      title: 'Оператор чата в колл-центр (удалённо)',
      description: `Колл-центр «Прямая линия» приглашает операторов на удалённую работу в чате.

Обязательное условие: перед началом работы сотрудник оплачивает страховой взнос 2 500 ₽ за материальную ответственность. Взнос возвращается при увольнении.

Оплата 50 000 – 60 000 ₽, выплаты 2 раза в месяц.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'pryamaya.liniya.job@yandex.ru',
      salaryFrom: 50000,
      salaryTo: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Прямая линия' },
    },
  },
  {
    id: 's-ru-homoglyphs',
    label: 'scam',
    lang: 'ru',
    why: 'Latin look-alike letters inside Russian words to dodge filters ("Oплата", "тeлеграм")',
    input: {
      title: 'Оператор чата, работа из дома',
      description: `Работа в чате из дома, 3–5 часов в день, без опыта.

Oплата обучения 1200 р., обучение занимает 1 день. После обучения сразу выходите на линию.

Для связи пишите в тeлеграм @work_chat_manager.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 60000,
      salaryTo: 90000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Chat Work' },
    },
  },
  {
    id: 's-ru-task-scam',
    label: 'scam',
    lang: 'ru',
    why: 'task scam: "review moderator" must top up a balance to withdraw earnings',
    input: {
      title: 'Модератор отзывов и чатов маркетплейса',
      description: `Требуются модераторы отзывов для крупного маркетплейса. Выполняете простые задания: оцениваете товары, отвечаете в чате продавца.

Платим за каждое задание от 300 до 1500 ₽, доход до 8 000 ₽ в день.

Для вывода средств необходимо пополнить баланс рабочего аккаунта на 2000 ₽ — это подтверждение вашей личности.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://wa.me/79001234567',
      company: { name: 'Маркет Задания' },
    },
  },
  {
    id: 's-ru-gosuslugi',
    label: 'scam',
    lang: 'ru',
    why: 'asks for the Gosuslugi login, password and SMS code "to check the candidate"',
    input: {
      title: 'Оператор чата в государственный проект',
      description: `Набираем операторов в чат поддержки государственного портала.

Проверка кандидатов проходит через Госуслуги: после отклика менеджер попросит сообщить логин и пароль от Госуслуг и код из СМС для подтверждения. Это стандартная процедура.

Оплата 55 000 ₽, официальное оформление.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 55000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Госпроект Сервис' },
    },
  },
  {
    id: 's-ru-scripts-package',
    label: 'scam',
    lang: 'ru',
    why: 'subtle: a realistic ad that requires buying a "starter pack of scripts"',
    input: {
      title: 'Оператор чата для онлайн-школы английского',
      description: `Онлайн-школа английского языка ищет операторов чата для записи учеников на пробный урок.

Работаете по скриптам, 4–6 часов в день, график выбираете сами. Оплата за каждого записанного ученика, в среднем 40–60 тыс. ₽ в месяц.

Чтобы начать, нужно приобрести стартовый пакет скриптов и доступ к базе клиентов — 700 ₽.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 40000,
      salaryTo: 60000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'English Online', website: 'https://english-online-school.ru' },
    },
  },
];
