// What search understands, as data (issue 11): phrases people type that name a value of a vocabulary,
// and the names of the profession that mean one thing. Words are lower case with ё written е; a word
// ending in `*` matches any word it begins (Russian endings: «казахск*» is казахский, -ого, -ом…).
// Adding a phrase is editing this file; lib/search/understand.ts only reads it.

/** The structured fields a phrase can name; those with a catalogue parameter become one-click filters. */
export type DictionaryField =
  | 'industry' | 'schedule' | 'employment' | 'experience' | 'language' // catalogue parameters with values
  | 'training' | 'chatOnly' | 'abroad' // catalogue flags
  | 'nightShifts' | 'weekendWork' | 'shiftPattern' | 'currency'; // searched, no catalogue filter

export type DictionaryEntry = {
  field: DictionaryField;
  /** The value for valued fields (industry id, language code, shift pattern, currency). */
  value?: string;
  ru?: readonly string[];
  en?: readonly string[];
  /**
   * false: the phrase is answered by the field alone — its words say nothing in a text match
   * («без опыта» would match every ad that mentions experience; «только чат» every ad at all).
   */
  text?: boolean;
};

const language = (value: string, ru: string[], en: string[]): DictionaryEntry => ({ field: 'language', value, ru, en });

export const DICTIONARY: readonly DictionaryEntry[] = [
  language('ru', ['русск* язык*', 'русскоязычн*'], ['russian']),
  language('en', ['английск*', 'англоязычн*', 'англ'], ['english']),
  language('de', ['немецк*'], ['german']),
  language('es', ['испанск*'], ['spanish']),
  language('fr', ['французск*'], ['french']),
  language('tr', ['турецк*'], ['turkish']),
  language('kk', ['казахск*', 'казахоязычн*'], ['kazakh']),
  language('uz', ['узбекск*'], ['uzbek']),
  language('zh', ['китайск*'], ['chinese', 'mandarin']),
  language('it', ['итальянск*'], ['italian']),
  language('pt', ['португальск*'], ['portuguese']),
  language('pl', ['польск*'], ['polish']),
  language('uk', ['украинск*'], ['ukrainian']),
  language('be', ['белорусск* язык*'], ['belarusian']),
  language('hy', ['армянск*'], ['armenian']),
  language('ka', ['грузинск*'], ['georgian']),
  language('az', ['азербайджанск*'], ['azerbaijani']),
  language('ar', ['арабск*'], ['arabic']),
  language('ja', ['японск*'], ['japanese']),
  language('ko', ['корейск*'], ['korean']),

    // Schedules by the field alone: «гибкий график» in a description often describes something else.
  { field: 'schedule', value: 'shift', ru: ['сменн* график*', 'посменн*', 'сменн*'], en: ['shift work', 'shifts', 'rota'], text: false },
  { field: 'schedule', value: 'fullDay', ru: ['полн* ден*', 'полн* рабоч* ден*', 'пятидневк*'], en: ['full day', 'nine to five'], text: false },
  { field: 'schedule', value: 'flexible', ru: ['гибк* график*', 'свободн* график*', 'гибк*'], en: ['flexible', 'flexible hours', 'flexible schedule'], text: false },
  { field: 'nightShifts', ru: ['ночн*', 'ночн* смен*', 'ночью', 'по ночам', 'в ночь'], en: ['night*', 'night shift*', 'overnight'] },
  { field: 'weekendWork', ru: ['выходн*', 'в выходные', 'по выходным'], en: ['weekend*'] },
  { field: 'shiftPattern', value: '2/2', ru: ['2/2'], en: ['2/2'], text: false },
  { field: 'shiftPattern', value: '5/2', ru: ['5/2'], en: ['5/2'], text: false },
  { field: 'shiftPattern', value: '3/3', ru: ['3/3'], en: ['3/3'], text: false },
  { field: 'shiftPattern', value: '4/3', ru: ['4/3'], en: ['4/3'], text: false },
  { field: 'shiftPattern', value: '1/3', ru: ['1/3', 'сутки через трое'], en: ['1/3'], text: false },

  { field: 'employment', value: 'full', ru: ['полн* занятост*'], en: ['full time', 'fulltime'] },
  { field: 'employment', value: 'part', ru: ['частичн* занятост*', 'неполн* ден*', 'неполн* занятост*', 'подработк*', 'совместительств*'], en: ['part time', 'parttime', 'side job'] },
  { field: 'employment', value: 'project', ru: ['проектн*', 'разов*', 'фриланс*'], en: ['project*', 'freelance*', 'gig'] },

  { field: 'experience', value: 'noExperience', ru: ['без опыта', 'нет опыта', 'без опыта работы', 'студент*', 'для студентов', 'начинающ*', 'новичк*', 'первая работа'], en: ['no experience', 'entry level', 'student*', 'beginner*', 'first job'], text: false },

  { field: 'training', ru: ['обучени*', 'с обучением', 'обучим', 'обучаем'], en: ['training', 'paid training', 'we train'] },
  { field: 'chatOnly', ru: ['только чат*', 'без звонков', 'без звонк*', 'без голос*', 'только переписк*', 'без телефон*'], en: ['chat only', 'no calls', 'no phone*', 'text only'], text: false },
  { field: 'abroad', ru: ['из за границ*', 'из другой стран*', 'из любой стран*', 'релокац*'], en: ['abroad', 'from abroad', 'any country', 'worldwide'], text: false },

  { field: 'industry', value: 'ecommerce', ru: ['интернет магазин*', 'маркетплейс*', 'e commerce', 'ecommerce', 'онлайн магазин*', 'ритейл*'], en: ['e commerce', 'ecommerce', 'online store*', 'online shop*', 'marketplace*', 'retail'] },
  { field: 'industry', value: 'finance', ru: ['банк*', 'финтех*', 'финанс*', 'страхов*', 'брокер*'], en: ['bank*', 'fintech', 'financ*', 'insurance', 'broker*'] },
  { field: 'industry', value: 'edtech', ru: ['онлайн школ*', 'образовательн*', 'edtech', 'онлайн образован*', 'курс*'], en: ['edtech', 'education*', 'online school*', 'learning platform*'] },
  { field: 'industry', value: 'telecom', ru: ['телеком*', 'абонент*', 'провайдер*', 'оператор* связи', 'мобильн* связ*'], en: ['telecom*', 'subscriber*', 'internet provider*', 'isp'] },
  { field: 'industry', value: 'software', ru: ['saas', 'софт*', 'программн* обеспечени*', 'it компан*', 'сервис* для бизнеса'], en: ['saas', 'software', 'it company', 'b2b software'] },

  { field: 'currency', value: 'USD', ru: ['доллар*', 'usd', 'в долларах'], en: ['dollar*', 'usd'] },
  { field: 'currency', value: 'EUR', ru: ['евро', 'eur'], en: ['euro*', 'eur'] },
  { field: 'currency', value: 'KZT', ru: ['тенге', 'kzt'], en: ['tenge', 'kzt'] },
  { field: 'currency', value: 'BYN', ru: ['белорусск* рубл*', 'byn'], en: ['belarusian rouble*', 'byn'] },
  { field: 'currency', value: 'UZS', ru: ['сум', 'сумах', 'uzs'], en: ['sum', 'uzs'] },
];

/**
 * The profession under its many names: a query naming one finds ads that use any other
 * («саппорт» finds «Оператор чата», «customer service» finds «Специалист поддержки»).
 */
export const PROFESSION_NAMES: readonly string[] = [
  'оператор* чат*', 'чат* оператор*', 'оператор* поддержк*', 'оператор* чат* поддержк*', 'специалист* поддержк*',
  'специалист* чат*', 'сотрудник* поддержк*', 'агент* поддержк*', 'менеджер* поддержк*', 'консультант* чат*',
  'саппорт*', 'суппорт*', 'служб* поддержк*', 'поддержк* клиент*', 'клиентск* поддержк*', 'чат поддержк*',
  'support agent*', 'support operator*', 'support specialist*', 'chat operator*', 'chat agent*', 'chat support',
  'customer service', 'customer support', 'customer care', 'support', 'helpdesk', 'help desk',
];

/** Technical support, a narrower concept with its own names. */
export const TECH_SUPPORT_NAMES: readonly string[] = [
  'техподдержк*', 'технич* поддержк*', 'техническ* поддержк*', 'technical support', 'tech support', 'it support', 'l1', 'l2',
];

/** Words that only join others in a query: dropped before matching («работа в выходные» = «выходные»). */
export const FILLER_WORDS: readonly string[] = [
  'работа', 'вакансия', 'вакансии', 'удаленно', 'удаленная', 'удаленка', 'на', 'в', 'с', 'со', 'для', 'и', 'по', 'зарплата',
  'знанием', 'знание', 'язык', 'языком', 'языка', 'job', 'jobs', 'remote', 'work', 'with', 'speaking', 'the', 'a', 'for', 'in',
];
