// What each template's text promises about the working week, and other ways its title is written.
// The generator picks from these only, so schedule, hours, employment and title agree with the ad.
import type { Localized } from './types';

/**
 * office5x2: a 5/2 working day; day2x2: 12-hour day shifts 2/2; dayEvening2x2: 11-hour day and
 * evening shifts 2/2; night2x2: 12-hour night shifts 2/2; night5x2: 9-hour nights five a week;
 * night4x3: four 9-hour nights a week; flexPart: 12–30 hours a week at times the person picks;
 * flexFull: a flexible 40-hour week.
 */
export type WorkPlanKey = 'office5x2' | 'day2x2' | 'dayEvening2x2' | 'night2x2' | 'night5x2' | 'night4x3' | 'flexPart' | 'flexFull';

/** Plans by template key, with weights; a template's text names the schedules it offers. */
export const TEMPLATE_WORK: Record<string, readonly (readonly [WorkPlanKey, number])[]> = {
  'ecom-chat-operator': [['day2x2', 2], ['office5x2', 1]],
  'fin-bank-chat-operator': [['day2x2', 1], ['office5x2', 1]],
  'edu-student-support-operator': [['office5x2', 1], ['day2x2', 1]],
  'tel-subscriber-chat-operator': [['dayEvening2x2', 1]],
  'sw-l1-tech-support': [['office5x2', 1], ['day2x2', 1]],
  'oth-travel-support-french': [['day2x2', 1]],
  'ecom-night-chat-operator': [['night2x2', 1]],
  'fin-fintech-support-english': [['office5x2', 1]],
  'edu-part-time-curator': [['flexPart', 1]],
  'tel-night-subscriber-support': [['night2x2', 1]],
  'sw-l2-tech-support': [['office5x2', 1]],
  'oth-delivery-night-support': [['night2x2', 1]],
  'ecom-marketplace-seller-support': [['office5x2', 1]],
  'fin-night-bank-chat': [['night2x2', 1]],
  'edu-chat-support-spanish': [['day2x2', 1], ['dayEvening2x2', 1]],
  'tel-chat-support-uzbek': [['office5x2', 1], ['day2x2', 1]],
  'sw-chat-support-german': [['office5x2', 1]],
  'oth-logistics-support-chinese': [['office5x2', 1]],
  'ecom-chat-support-turkish': [['office5x2', 1]],
  'fin-chat-support-kazakh': [['office5x2', 1], ['day2x2', 1]],
  'edu-support-trainer': [['office5x2', 1]],
  'tel-chat-voice-operator': [['day2x2', 1], ['office5x2', 1]],
  'sw-night-l1-support': [['night5x2', 1]],
  'oth-telemedicine-chat-operator': [['dayEvening2x2', 1]],
  'ecom-part-time-student': [['flexPart', 1]],
  'fin-quality-control-specialist': [['office5x2', 1]],
  'edu-night-support': [['night4x3', 1]],
  'tel-l2-network-support': [['day2x2', 1]],
  'sw-chat-voice-support': [['office5x2', 1]],
  'oth-gaming-support-part-time': [['flexPart', 1]],
  'ecom-support-team-lead': [['office5x2', 1]],
  'fin-chat-voice-operator': [['day2x2', 1], ['office5x2', 1]],
  'edu-l1-platform-tech-support': [['day2x2', 1]],
  'tel-support-team-lead': [['office5x2', 1]],
  'sw-head-of-support': [['flexFull', 1]],
  'oth-ride-hailing-voice-support': [['day2x2', 2], ['night2x2', 1]],
};

/** Other titles for the same job, as different employers would write them. */
export const TITLE_VARIANTS: Record<string, readonly Localized[]> = {
  'ecom-chat-operator': [
    { ru: 'Специалист чат-поддержки покупателей', en: 'Customer chat support specialist' },
    { ru: 'Менеджер по работе с покупателями в чате', en: 'Shopper care agent (chat)' },
  ],
  'fin-bank-chat-operator': [
    { ru: 'Специалист контакт-центра банка (чат)', en: 'Bank contact centre agent (chat)' },
    { ru: 'Оператор онлайн-чата для клиентов банка', en: 'Online chat agent for bank customers' },
  ],
  'edu-student-support-operator': [
    { ru: 'Менеджер поддержки учеников', en: 'Student support agent' },
    { ru: 'Специалист службы заботы онлайн-школы', en: 'Online school customer care specialist' },
  ],
  'tel-subscriber-chat-operator': [
    { ru: 'Специалист поддержки абонентов в чате', en: 'Subscriber support specialist (chat)' },
    { ru: 'Оператор онлайн-поддержки мобильного оператора', en: 'Online support agent for a mobile operator' },
  ],
  'sw-l1-tech-support': [
    { ru: 'Оператор техподдержки первой линии', en: 'First-line tech support agent' },
    { ru: 'Специалист службы поддержки SaaS-сервиса', en: 'SaaS product support specialist' },
  ],
  'oth-travel-support-french': [
    { ru: 'Специалист поддержки туристов (французский язык)', en: 'French-speaking travel support specialist' },
    { ru: 'Оператор чата турсервиса со знанием французского', en: 'Travel service chat agent with French' },
  ],
  'ecom-night-chat-operator': [
    { ru: 'Ночной оператор чата интернет-магазина', en: 'Night chat operator for an online store' },
    { ru: 'Специалист поддержки покупателей (ночь)', en: 'Overnight shopper support agent' },
  ],
  'fin-fintech-support-english': [
    { ru: 'Специалист англоязычной поддержки финтех-сервиса', en: 'Fintech customer support specialist (English)' },
    { ru: 'Оператор поддержки платёжного сервиса с английским', en: 'Payments support agent with English' },
  ],
  'edu-part-time-curator': [
    { ru: 'Куратор онлайн-курсов на частичную занятость', en: 'Online course curator, part-time' },
    { ru: 'Подработка: куратор учеников в чате', en: 'Part-time student curator (chat)' },
    { ru: 'Куратор учеников онлайн-курса', en: 'Online course student curator' },
  ],
  'tel-night-subscriber-support': [
    { ru: 'Ночной специалист поддержки абонентов', en: 'Overnight subscriber support specialist' },
    { ru: 'Оператор контакт-центра связи (ночные смены)', en: 'Telecom contact centre agent (nights)' },
  ],
  'sw-l2-tech-support': [
    { ru: 'Специалист технической поддержки второй линии', en: 'Second-line technical support specialist' },
    { ru: 'Инженер поддержки клиентов (L2)', en: 'Customer support engineer (L2)' },
  ],
  'oth-delivery-night-support': [
    { ru: 'Ночной оператор поддержки курьерской службы', en: 'Overnight courier service support agent' },
    { ru: 'Специалист поддержки доставки в ночную смену', en: 'Delivery support specialist (night shift)' },
  ],
  'ecom-marketplace-seller-support': [
    { ru: 'Менеджер поддержки селлеров', en: 'Seller support manager' },
    { ru: 'Специалист по работе с продавцами маркетплейса', en: 'Marketplace seller care specialist' },
  ],
  'fin-night-bank-chat': [
    { ru: 'Ночной специалист чат-поддержки банка', en: 'Overnight bank chat support specialist' },
    { ru: 'Оператор банковского чата (ночные смены)', en: 'Bank chat agent (night shifts)' },
  ],
  'edu-chat-support-spanish': [
    { ru: 'Оператор поддержки с испанским языком', en: 'Support agent with Spanish' },
    { ru: 'Специалист испаноязычной поддержки онлайн-школы', en: 'Spanish-speaking online school support specialist' },
  ],
  'tel-chat-support-uzbek': [
    { ru: 'Специалист поддержки абонентов со знанием узбекского', en: 'Subscriber support specialist with Uzbek' },
    { ru: 'Оператор чата с узбекским языком', en: 'Uzbek-speaking chat operator' },
  ],
  'sw-chat-support-german': [
    { ru: 'Специалист немецкоязычной поддержки', en: 'Customer support specialist with German' },
    { ru: 'Оператор чат-поддержки с немецким языком', en: 'German chat support agent' },
  ],
  'oth-logistics-support-chinese': [
    { ru: 'Оператор поддержки логистической компании с китайским', en: 'Logistics support agent with Chinese' },
    { ru: 'Специалист по работе с клиентами (китайский язык)', en: 'Customer care specialist (Chinese)' },
  ],
  'ecom-chat-support-turkish': [
    { ru: 'Специалист поддержки покупателей с турецким языком', en: 'Turkish-speaking customer support specialist' },
    { ru: 'Оператор чата интернет-магазина (турецкий язык)', en: 'Online store chat agent (Turkish)' },
  ],
  'fin-chat-support-kazakh': [
    { ru: 'Специалист поддержки клиентов с казахским языком', en: 'Customer support specialist with Kazakh' },
    { ru: 'Оператор чата банка (казахский и русский)', en: 'Bank chat agent (Kazakh and Russian)' },
  ],
  'edu-support-trainer': [
    { ru: 'Наставник операторов поддержки', en: 'Support agent coach' },
    { ru: 'Специалист по обучению сотрудников поддержки', en: 'Support training specialist' },
  ],
  'tel-chat-voice-operator': [
    { ru: 'Оператор контакт-центра: чат и телефон', en: 'Contact centre agent: chat and phone' },
    { ru: 'Специалист поддержки абонентов (чат и звонки)', en: 'Subscriber support specialist (chat and calls)' },
  ],
  'sw-night-l1-support': [
    { ru: 'Ночной специалист первой линии поддержки', en: 'Overnight first-line support specialist' },
    { ru: 'Оператор техподдержки (ночные смены)', en: 'Tech support agent (night shifts)' },
  ],
  'oth-telemedicine-chat-operator': [
    { ru: 'Оператор поддержки телемедицинского сервиса', en: 'Telemedicine service support agent' },
    { ru: 'Специалист чат-поддержки пациентов', en: 'Patient chat support specialist' },
  ],
  'ecom-part-time-student': [
    { ru: 'Подработка: оператор чата для студентов', en: 'Student side job: chat operator' },
    { ru: 'Оператор поддержки покупателей на полставки', en: 'Half-time shopper support agent' },
    { ru: 'Оператор чата поддержки покупателей', en: 'Shopper support chat operator' },
  ],
  'fin-quality-control-specialist': [
    { ru: 'Специалист по качеству обслуживания в чате', en: 'Chat service quality specialist' },
    { ru: 'Аналитик качества диалогов поддержки', en: 'Support conversation quality analyst' },
  ],
  'edu-night-support': [
    { ru: 'Ночной оператор поддержки онлайн-школы', en: 'Overnight online school support agent' },
    { ru: 'Специалист поддержки студентов в ночную смену', en: 'Student support specialist (night shift)' },
  ],
  'tel-l2-network-support': [
    { ru: 'Инженер поддержки домашнего интернета (L2)', en: 'Home internet support engineer (L2)' },
    { ru: 'Специалист второй линии поддержки провайдера', en: 'Second-line ISP support specialist' },
  ],
  'sw-chat-voice-support': [
    { ru: 'Оператор поддержки сервиса: чат и звонки', en: 'Service support agent: chat and calls' },
    { ru: 'Специалист клиентской поддержки (чат, телефон)', en: 'Customer support specialist (chat, phone)' },
  ],
  'oth-gaming-support-part-time': [
    { ru: 'Подработка в поддержке игрового проекта', en: 'Part-time game support agent' },
    { ru: 'Оператор поддержки игроков на частичную занятость', en: 'Player support operator, part-time' },
    { ru: 'Агент поддержки игроков в чате', en: 'Player support chat agent' },
  ],
  'ecom-support-team-lead': [
    { ru: 'Тимлид поддержки покупателей', en: 'Customer support team lead' },
    { ru: 'Старший смены чат-поддержки', en: 'Chat support shift lead' },
  ],
  'fin-chat-voice-operator': [
    { ru: 'Специалист контакт-центра банка: чат и звонки', en: 'Bank contact centre agent: chat and calls' },
    { ru: 'Оператор смешанной линии банка', en: 'Blended-line bank support agent' },
  ],
  'edu-l1-platform-tech-support': [
    { ru: 'Оператор техподдержки онлайн-платформы', en: 'Online platform tech support agent' },
    { ru: 'Специалист первой линии поддержки EdTech-сервиса', en: 'First-line EdTech support specialist' },
  ],
  'tel-support-team-lead': [
    { ru: 'Руководитель группы поддержки абонентов', en: 'Subscriber support group lead' },
    { ru: 'Старший специалист поддержки абонентов', en: 'Senior subscriber support specialist' },
  ],
  'sw-head-of-support': [
    { ru: 'Директор по клиентской поддержке', en: 'Director of customer support' },
    { ru: 'Руководитель клиентского сервиса', en: 'Head of customer service' },
  ],
  'oth-ride-hailing-voice-support': [
    { ru: 'Специалист поддержки сервиса такси: чат и звонки', en: 'Ride-hailing support specialist: chat and calls' },
    { ru: 'Оператор линии поддержки водителей и пассажиров', en: 'Driver and rider support line agent' },
  ],
};
