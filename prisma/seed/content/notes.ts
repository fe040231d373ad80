import type { Localized } from './types';

export const KPI_NOTES: Localized[] = [
  { ru: 'Целевой CSAT — не ниже 90%.', en: 'CSAT target: 90% or higher.' },
  { ru: 'Время первого ответа в чате — до 60 секунд.', en: 'First response time in chat: under 60 seconds.' },
  { ru: 'Не менее 80% обращений решаются с первого контакта.', en: 'At least 80% of requests resolved on first contact.' },
  { ru: 'Оценка качества по чек-листу — от 95 баллов из 100.', en: 'Quality checklist score: 95 out of 100 or higher.' },
  { ru: 'Одновременно в работе — до 4 чатов.', en: 'Up to 4 concurrent chats.' },
  { ru: 'Среднее время решения обращения — до 10 минут.', en: 'Average handling time: under 10 minutes.' },
  { ru: 'Соблюдение графика смен — не ниже 95%.', en: 'Schedule adherence: 95% or higher.' },
  { ru: 'Доля эскалаций на вторую линию — не более 15%.', en: 'Escalations to second line: no more than 15%.' },
  { ru: 'Премия начисляется ежемесячно по итогам выполнения KPI.', en: 'A bonus is paid monthly based on KPI results.' },
];

export const TRAINING_NOTES: Localized[] = [
  { ru: 'Оплачиваемое вводное обучение — 5 рабочих дней.', en: 'Five working days of paid induction training.' },
  { ru: 'Наставник закрепляется на первый месяц работы.', en: 'A mentor is assigned for your first month.' },
  { ru: 'Обучение проходит онлайн, в группах до 10 человек.', en: 'Training is online, in groups of up to 10 people.' },
  { ru: 'В конце обучения — тест по продукту и стандартам общения.', en: 'Training ends with a test on the product and communication standards.' },
  { ru: 'Доступ к базе знаний и готовым шаблонам ответов с первого дня.', en: 'Access to the knowledge base and reply templates from day one.' },
  { ru: 'Регулярные разборы диалогов и обратная связь от отдела качества.', en: 'Regular conversation reviews and feedback from the QA team.' },
  { ru: 'Опыт работы в поддержке не обязателен — всему научим.', en: 'No support experience required: we will teach you everything.' },
];

export const EQUIPMENT_NOTES: Localized[] = [
  { ru: 'Нужен ПК или ноутбук не старше 5 лет и интернет от 20 Мбит/с.', en: 'You need a PC or laptop no older than 5 years and internet of 20 Mbps or more.' },
  { ru: 'Для голосовой линии — гарнитура с шумоподавлением.', en: 'For the voice line: a noise-cancelling headset.' },
  { ru: 'Желателен резервный канал связи, например мобильный интернет.', en: 'A backup connection such as mobile data is recommended.' },
  { ru: 'Тихое рабочее место без посторонних.', en: 'A quiet workspace with no one else around.' },
  { ru: 'Рабочий ноутбук можем выдать после испытательного срока.', en: 'A company laptop can be provided after the probation period.' },
];
