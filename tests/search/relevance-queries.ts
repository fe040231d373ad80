// What people type into the catalogue's search and what they expect to find, judged over the demo data
// (prisma/seed). Written from the candidate's side, not from the search code: `npm run eval:search` scores
// the catalogue against it and tests/integration/search-eval.test.ts holds the floor.
import type { Criterion, EvalQuery, Judgement } from '@/lib/search/relevance';

const g2 = (where: Criterion): Judgement => ({ grade: 2, where });
const g1 = (where: Criterion): Judgement => ({ grade: 1, where });

/** A chat-support role by its title, in either language. */
const SUPPORT_ROLE = 'оператор|специалист|агент|саппорт|поддержк|support|operator|agent|specialist';
const supportRole = [g2({ title: SUPPORT_ROLE })];
const chatOperator = [g2({ title: '(оператор.*чат|чат.*оператор|chat.*operator|operator.*chat)' }), g1({ title: SUPPORT_ROLE })];
const supportSpecialist = [g2({ title: '(специалист.*поддерж|support specialist|поддержк|support)' }), g1({ title: SUPPORT_ROLE })];
const englishSupport = [g2({ title: 'support|customer' }), g1({ title: SUPPORT_ROLE })];
const techSupport = [g2({ title: 'техн.*поддерж|техподдерж|technical support|L1|L2' }), g1({ text: 'технической поддерж|technical support' })];
const language = (code: string, words: string) => [g2({ language: code }), g2({ text: words })];
const operator = [g2({ title: 'оператор|operator' }), g1({ title: SUPPORT_ROLE })];
const night = [g2({ nightShifts: true }), g1({ title: 'ночн|night' })];
const noExperience = [g2({ experience: 'noExperience' }), g2({ text: 'без опыта|no experience' })];
const students = [g2({ title: 'студент|student' }), g1({ experience: 'noExperience' }), g1({ employment: 'part' })];
const partTime = [g2({ employment: 'part' }), g1({ title: 'неполный|part-time|подработ' })];
const training = [g2({ training: true })];
const chatOnly = [g2({ chatOnly: true })];
const ecommerce = [g2({ industry: 'ecommerce' }), g1({ text: 'интернет-магазин|маркетплейс|marketplace|online store' })];
const finance = [g2({ industry: 'finance' }), g2({ title: 'банк|bank' })];

export const RELEVANCE_QUERIES: EvalQuery[] = [
  // Words from the ads themselves.
  { group: 'words', q: 'оператор', expect: operator },
  { group: 'words', q: 'операт', expect: operator },
  { group: 'words', q: 'чат', expect: [g2({ title: 'чат|chat' }), g1({ title: SUPPORT_ROLE })] },
  { group: 'words', q: 'поддержка', expect: supportRole },
  { group: 'words', q: 'тимлид', expect: [g2({ title: 'тимлид|руководител|team lead|head of' })] },
  { group: 'words', q: 'руководитель поддержки', expect: [g2({ title: 'руководител|тимлид|head of|team lead' })] },
  { group: 'words', q: 'наставник', expect: [g2({ title: 'тренер|наставник|trainer|mentor' }), g1({ text: 'наставник' })] },
  { group: 'words', q: 'доставка', expect: [g2({ title: 'доставк|delivery' }), g1({ text: 'доставк' })] },
  { group: 'words', q: 'врачи', expect: [g2({ title: 'врач|doctor|medical' }), g1({ text: 'врач' })] },

  // Values of the vocabularies, as people say them.
  { group: 'vocabulary', q: 'казахский', expect: language('kk', 'казахск|kazakh') },
  { group: 'vocabulary', q: 'казахский язык', expect: language('kk', 'казахск|kazakh') },
  { group: 'vocabulary', q: 'английский', expect: language('en', 'английск') },
  { group: 'vocabulary', q: 'со знанием английского', expect: language('en', 'английск') },
  { group: 'vocabulary', q: 'немецкий', expect: language('de', 'немецк|german') },
  { group: 'vocabulary', q: 'узбекский', expect: language('uz', 'узбекск|uzbek') },
  { group: 'vocabulary', q: 'китайский', expect: language('zh', 'китайск|chinese') },
  { group: 'vocabulary', q: 'турецкий', expect: language('tr', 'турецк|turkish') },
  { group: 'vocabulary', q: 'испанский', expect: language('es', 'испанск|spanish') },
  { group: 'vocabulary', q: 'французский', expect: language('fr', 'французск|french') },
  { group: 'vocabulary', q: 'без опыта', expect: noExperience },
  { group: 'vocabulary', q: 'для студентов', expect: students },
  { group: 'vocabulary', q: 'студент', expect: students },
  { group: 'vocabulary', q: 'ночные смены', expect: night },
  { group: 'vocabulary', q: 'ночная смена', expect: night },
  { group: 'vocabulary', q: '2/2', expect: [g2({ shiftPattern: '2/2' })] },
  { group: 'vocabulary', q: 'сменный график', expect: [g2({ schedule: 'shift' })] },
  { group: 'vocabulary', q: 'гибкий график', expect: [g2({ schedule: 'flexible' })] },
  { group: 'vocabulary', q: 'полный день', expect: [g2({ schedule: 'fullDay' })] },
  { group: 'vocabulary', q: 'подработка', expect: partTime },
  { group: 'vocabulary', q: 'частичная занятость', expect: partTime },
  { group: 'vocabulary', q: 'с обучением', expect: training },
  { group: 'vocabulary', q: 'только чат', expect: chatOnly },
  { group: 'vocabulary', q: 'без звонков', expect: chatOnly },
  { group: 'vocabulary', q: 'работа в выходные', expect: [g2({ weekendWork: true })] },
  { group: 'vocabulary', q: 'интернет-магазин', expect: ecommerce },
  { group: 'vocabulary', q: 'банк', expect: finance },
  { group: 'vocabulary', q: 'онлайн-школа', expect: [g2({ industry: 'edtech' }), g1({ text: 'онлайн-школ|образовательн' })] },
  { group: 'vocabulary', q: 'абоненты', expect: [g2({ industry: 'telecom' }), g2({ text: 'абонент' })] },
  { group: 'vocabulary', q: 'зарплата в долларах', expect: [g2({ currency: 'USD' })] },
  { group: 'vocabulary', q: 'тенге', expect: [g2({ currency: 'KZT' })] },
  { group: 'vocabulary', q: 'оператор ночные смены', expect: [g2({ nightShifts: true, title: 'оператор|operator' }), g1({ nightShifts: true })] },
  { group: 'vocabulary', q: 'оператор чата без опыта', expect: [g2({ experience: 'noExperience', title: 'оператор|operator' }), g1({ experience: 'noExperience' })] },

  // One profession, many names.
  { group: 'synonyms', q: 'оператор чата', expect: chatOperator },
  { group: 'synonyms', q: 'чат-оператор', expect: chatOperator },
  { group: 'synonyms', q: 'специалист поддержки', expect: supportSpecialist },
  { group: 'synonyms', q: 'саппорт', expect: supportRole },
  { group: 'synonyms', q: 'оператор поддержки', expect: supportRole },
  { group: 'synonyms', q: 'агент поддержки', expect: supportRole },
  { group: 'synonyms', q: 'техподдержка', expect: techSupport },
  { group: 'synonyms', q: 'support agent', locale: 'en', expect: englishSupport },
  { group: 'synonyms', q: 'customer service', locale: 'en', expect: englishSupport },
  { group: 'synonyms', q: 'customer support', locale: 'en', expect: englishSupport },

  // Typing mistakes.
  { group: 'typos', q: 'оператр', expect: operator },
  { group: 'typos', q: 'опретор чата', expect: chatOperator },
  { group: 'typos', q: 'поддеркжа', expect: supportRole },
  { group: 'typos', q: 'казахскй', expect: language('kk', 'казахск|kazakh') },
  { group: 'typos', q: 'англиский', expect: language('en', 'английск') },
  { group: 'typos', q: 'ночьные смены', expect: night },
  { group: 'typos', q: 'интернет магазн', expect: ecommerce },
  { group: 'typos', q: 'спецалист поддержки', expect: supportSpecialist },
  { group: 'typos', q: 'техподержка', expect: techSupport },
  { group: 'typos', q: 'suport agent', locale: 'en', expect: englishSupport },
  { group: 'typos', q: 'custmer service', locale: 'en', expect: englishSupport },

  // The wrong keyboard layout.
  { group: 'layout', q: 'jgthfnjh', expect: operator },
  { group: 'layout', q: 'xfn', expect: [g2({ title: 'чат|chat' }), g1({ title: SUPPORT_ROLE })] },
  { group: 'layout', q: 'gjllth;rf', expect: supportRole },
  { group: 'layout', q: 'rfpf[crbq', expect: language('kk', 'казахск|kazakh') },
  { group: 'layout', q: 'yjxyst cvtys', expect: night },
  { group: 'layout', q: 'fyukbqcrbq', expect: language('en', 'английск') },
  { group: 'layout', q: ',tp jgsnf', expect: noExperience },
  { group: 'layout', q: 'ыгззщке фпуте', locale: 'en', expect: englishSupport },

  // English queries.
  { group: 'english', q: 'chat operator', locale: 'en', expect: chatOperator },
  { group: 'english', q: 'night shift', locale: 'en', expect: night },
  { group: 'english', q: 'part time', locale: 'en', expect: partTime },
  { group: 'english', q: 'no experience', locale: 'en', expect: noExperience },
  { group: 'english', q: 'kazakh', locale: 'en', expect: language('kk', 'казахск|kazakh') },
  { group: 'english', q: 'german speaking', locale: 'en', expect: language('de', 'немецк|german') },
  { group: 'english', q: 'english', locale: 'en', expect: language('en', 'английск') },
  { group: 'english', q: 'paid training', locale: 'en', expect: training },
  { group: 'english', q: 'bank', locale: 'en', expect: finance },
  { group: 'english', q: 'technical support', locale: 'en', expect: techSupport },
  { group: 'english', q: 'e-commerce', locale: 'en', expect: ecommerce },
  { group: 'english', q: 'student', locale: 'en', expect: students },
];
