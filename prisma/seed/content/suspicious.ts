// Demo only: ads of the kind moderation exists to catch, so the review queue and the reports queue have
// something to show. They are written to trip the scam-risk scorer (lib/moderation/risk.ts) for real.

export const SUSPICIOUS_ADS: { locale: 'ru' | 'en'; title: string; description: string }[] = [
  {
    locale: 'ru',
    title: 'Оператор чата без опыта — доход до 250 000 ₽ в месяц',
    description:
      'Лёгкая работа в чате из дома, без опыта и без собеседования. Доход до 250 000 рублей в месяц уже с первой недели.\n\n' +
      'Для старта нужно пройти обучение: оплата обучения 2 900 ₽, деньги вернём после первой зарплаты. ' +
      'После оплаты пришлите фото паспорта и номер карты для выплат. Связь только в Telegram: @fast_chat_job.',
  },
  {
    locale: 'ru',
    title: 'Менеджер чатов в онлайн-проект, свободный график',
    description:
      'Ищем ответственных людей для общения с клиентами проекта в сфере ставок на спорт и онлайн-казино. ' +
      'Перед началом работы вносится страховой депозит 5 000 ₽ — он защищает нас от недобросовестных сотрудников. ' +
      'Подробности и анкета по ссылке bit.ly/chat-work-24.',
  },
  {
    locale: 'en',
    title: 'Live chat assistant, no experience, $3,000 a week',
    description:
      'Start today, no interview needed. Guaranteed income of $3,000 a week answering chats from home. ' +
      'A one-time registration fee of $49 covers your training kit. Send a photo of your passport and your card details ' +
      'to our manager on WhatsApp to get started.',
  },
];

export const DEMO_REPORTS: { category: 'scam' | 'upfrontPayment' | 'personalData' | 'misleading'; message: string }[] = [
  { category: 'upfrontPayment', message: 'После отклика менеджер в телеграме попросил оплатить «доступ к базе клиентов» 1 500 рублей.' },
  { category: 'personalData', message: 'Попросили прислать фото паспорта и разворот с пропиской ещё до собеседования.' },
  { category: 'misleading', message: 'В вакансии написано «только чат», а на деле нужно звонить клиентам по холодной базе.' },
  { category: 'scam', message: 'The recruiter asked me to receive money on my card and forward it to another account.' },
];
