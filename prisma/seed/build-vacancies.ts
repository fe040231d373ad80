// Turns the written templates (content/) into vacancy rows with varied, realistic parameters.
import type { RiskResult } from '../../lib/moderation/risk';
import type {
  ApplyMode,
  ContractType,
  Currency,
  Employment,
  Experience,
  LanguageLevel,
  SalaryPeriod,
  Schedule,
  VacancyStatus,
} from '../../lib/vocabularies';
import { convertFromRub, normalizeSalary, workloadFromSchedule, type Rates } from '../../lib/salary/normalize';
import { slotToUtcMinutes } from '../../lib/shifts/fit';
import { slugify } from '../../lib/slug';
import { KPI_NOTES, EQUIPMENT_NOTES, TRAINING_NOTES, renderDescription, type SeedVacancyTemplate } from './content';
import type { Rng } from './random';

export type SeedCompanyRef = { id: string; slug: string; country: string; website: string; industry: string };

export type ShiftSlotRow = {
  id: string;
  vacancyId: string;
  position: number;
  startMinute: number;
  endMinute: number;
  timeZone: string;
  utcStartMinute: number;
  utcEndMinute: number;
};

export type VacancyRow = {
  id: string;
  slug: string;
  companyId: string;
  createdById: string | null;
  status: VacancyStatus;
  locale: 'ru' | 'en';
  title: string;
  description: string;
  industry: string;
  schedule: Schedule;
  employment: Employment;
  experience: Experience;
  salaryFrom: number | null;
  salaryTo: number | null;
  salaryCurrency: Currency | null;
  salaryPeriod: SalaryPeriod | null;
  salaryGross: boolean | null;
  salaryMinRub: number | null;
  salaryMaxRub: number | null;
  shiftPattern: string | null;
  shiftsPerWeek: number | null;
  hoursPerWeek: number | null;
  nightShifts: boolean;
  weekendWork: boolean;
  trainingProvided: boolean;
  trainingPaid: boolean | null;
  trainingDays: number | null;
  trainingNote: string | null;
  hasKpi: boolean;
  kpiConcurrentChats: number | null;
  kpiFirstResponseSec: number | null;
  kpiNote: string | null;
  voiceRequired: boolean;
  equipmentProvided: boolean;
  minInternetMbps: number | null;
  equipmentNote: string | null;
  abroadAllowed: boolean;
  abroadCountries: string[];
  contractTypes: ContractType[];
  applyMode: ApplyMode;
  applyUrl: string | null;
  applyEmail: string | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  closedAt: Date | null;
  moderationReason: string | null;
  /** Set by the seed for pending vacancies (lib/moderation/risk.ts), as a submission would. */
  risk?: RiskResult;
  createdAt: Date;
  languages: { language: string; level: LanguageLevel }[];
  slots: ShiftSlotRow[];
};

const DAY = 86_400_000;

const ZONES: Record<string, readonly (readonly [string, number])[]> = {
  RU: [['Europe/Moscow', 8], ['Asia/Yekaterinburg', 2], ['Asia/Novosibirsk', 1], ['Europe/Kaliningrad', 1], ['Asia/Vladivostok', 1], ['Europe/Samara', 1]],
  KZ: [['Asia/Almaty', 1]],
  BY: [['Europe/Minsk', 1]],
  UZ: [['Asia/Tashkent', 1]],
  AM: [['Asia/Yerevan', 1]],
  GE: [['Asia/Tbilisi', 1]],
  RS: [['Europe/Belgrade', 1]],
  DE: [['Europe/Berlin', 1]],
  CY: [['Asia/Nicosia', 1]],
  AE: [['Asia/Dubai', 1]],
};

const CURRENCY_BY_COUNTRY: Record<string, Currency> = {
  RU: 'RUB', KZ: 'KZT', BY: 'BYN', UZ: 'UZS', DE: 'EUR', CY: 'EUR', AE: 'USD', AM: 'USD', GE: 'USD', RS: 'EUR',
};

const ABROAD_COUNTRY_SETS = [[], [], ['KZ', 'BY', 'UZ', 'AM', 'GE'], ['KZ', 'AM', 'GE', 'RS', 'TR'], ['DE', 'PL', 'RS', 'CY', 'ES'], ['KZ', 'BY']] as const;

type ShiftPlan = { pattern: string | null; shiftsPerWeek: number | null; hoursPerWeek: number | null; slots: [number, number][] };

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

function planShifts(schedule: Schedule, rng: Rng, night: boolean): ShiftPlan {
  if (schedule === 'fullDay') {
    const start = rng.pick([h(8), h(9), h(9), h(10), h(11)]);
    return { pattern: '5/2', shiftsPerWeek: 5, hoursPerWeek: 40, slots: [[start, start + h(9)]] };
  }
  if (schedule === 'flexible') {
    const blocks = rng.pick<[number, number][]>([
      [[h(8), h(12)], [h(18), h(22)]],
      [[h(10), h(14)]],
      [[h(16), h(20)], [h(20), h(0)]],
      [[h(7), h(11)], [h(12), h(16)], [h(17), h(21)]],
    ]);
    return { pattern: null, shiftsPerWeek: rng.pick([3, 4, 5]), hoursPerWeek: rng.pick([15, 20, 25, 30]), slots: blocks };
  }
  const pattern = rng.weighted([['2/2', 6], ['3/3', 2], ['1/3', 1], ['4/3', 1]] as const);
  if (pattern === '1/3') return { pattern, shiftsPerWeek: null, hoursPerWeek: 42, slots: [[h(9), h(9)]] };
  const options: [number, number][][] = night
    ? [[[h(8), h(20)], [h(20), h(8)]], [[h(21), h(9)]], [[h(9), h(21)], [h(21), h(9)]], [[h(0), h(8)]]]
    : [[[h(8), h(20)]], [[h(9), h(21)]], [[h(7), h(15)], [h(15), h(23)]], [[h(10), h(22)]]];
  const slots = rng.pick(options);
  const length = ((slots[0]![1] - slots[0]![0] + 1440) % 1440 || 1440) / 60;
  return { pattern, shiftsPerWeek: null, hoursPerWeek: Math.round((length * 7) / 2), slots };
}

function coversNight([start, end]: [number, number]): boolean {
  // Any minute between 00:00 and 05:00 local counts as night work.
  const duration = (end - start + 1440) % 1440 || 1440;
  for (let m = 0; m < duration; m += 30) if ((start + m) % 1440 < h(5)) return true;
  return false;
}

function experienceFor(t: SeedVacancyTemplate, rng: Rng): Experience {
  if (t.seniority === 'entry') return rng.weighted([['noExperience', 8], ['between1And3', 2]] as const);
  if (t.seniority === 'mid') return rng.weighted([['between1And3', 6], ['between3And6', 2], ['noExperience', 1]] as const);
  return rng.weighted([['between3And6', 6], ['moreThan6', 2], ['between1And3', 1]] as const);
}

function monthlyBaseRub(t: SeedVacancyTemplate, rng: Rng): [number, number] {
  const [min, max] = t.seniority === 'entry' ? [28_000, 55_000] : t.seniority === 'mid' ? [45_000, 85_000] : [75_000, 140_000];
  const factor = t.foreignLanguage ? 1.3 + rng.next() * 0.4 : 1;
  const from = Math.round(((min + rng.next() * (max - min) * 0.6) * factor) / 1000) * 1000;
  const to = Math.round((from * (1.15 + rng.next() * 0.35)) / 1000) * 1000;
  return [from, to];
}

/** Rounds a figure the way employers write it: 45 000 ₽, 350 ₽/h, 1 200 $, 4 500 000 UZS. */
function tidy(amount: number): number {
  if (amount >= 100_000) return Math.round(amount / 5_000) * 5_000;
  if (amount >= 10_000) return Math.round(amount / 1_000) * 1_000;
  if (amount >= 1_000) return Math.round(amount / 50) * 50;
  if (amount >= 100) return Math.round(amount / 10) * 10;
  return Math.max(1, Math.round(amount * 2) / 2);
}

function statusFor(rng: Rng): VacancyStatus {
  return rng.weighted([
    ['published', 78], ['draft', 5], ['pending', 5], ['rejected', 3], ['closed', 4], ['expired', 3], ['removed', 2],
  ] as const);
}

const REJECTION_REASONS = [
  'В описании не указаны условия оплаты обучения. Уточните, что обучение бесплатное, и отправьте снова.',
  'Контакт только через мессенджер: добавьте сайт компании или рабочую почту.',
  'The description asks candidates for card details before hiring. Remove that request.',
];

export type BuildContext = {
  rng: Rng;
  now: Date;
  rates: Rates;
  templates: readonly SeedVacancyTemplate[];
  companies: readonly SeedCompanyRef[];
  /** Members who create vacancies, by company id. */
  authors: ReadonlyMap<string, string>;
};

export function buildVacancy(ctx: BuildContext, index: number, forcedStatus?: VacancyStatus, forcedCompany?: SeedCompanyRef): VacancyRow {
  const { rng, now, rates } = ctx;
  const template = ctx.templates[index % ctx.templates.length]!;
  const sameIndustry = ctx.companies.filter((c) => c.industry === template.industry);
  const company = forcedCompany ?? rng.pick(sameIndustry.length ? sameIndustry : ctx.companies);
  const locale: 'ru' | 'en' = ['DE', 'CY', 'AE'].includes(company.country) || rng.chance(0.12) ? 'en' : 'ru';

  // A template written for night work always gets night shifts; others sometimes do.
  const nightRole = /ноч|night/i.test(template.title.ru + template.title.en);
  const schedule = nightRole ? 'shift' : rng.weighted([['shift', 5], ['fullDay', 3], ['flexible', 2]] as const);
  const night = schedule === 'shift' && (nightRole || rng.chance(0.35));
  const plan = planShifts(schedule, rng, night);
  const zone = rng.weighted(ZONES[company.country] ?? ZONES.RU!);
  const slots: ShiftSlotRow[] = plan.slots.map(([start, end], position) => {
    const normalized: [number, number] = [start % 1440, end % 1440];
    const utc = slotToUtcMinutes({ start: normalized[0], end: normalized[1], timeZone: zone }, now);
    return {
      id: rng.uuid(), vacancyId: '', position, startMinute: normalized[0], endMinute: normalized[1], timeZone: zone,
      utcStartMinute: utc.start, utcEndMinute: utc.end,
    };
  });
  const nightShifts = plan.slots.some((s) => coversNight([s[0] % 1440, s[1] % 1440]));

  const employment: Employment = schedule === 'flexible' ? rng.weighted([['part', 6], ['project', 2], ['full', 1]] as const) : rng.weighted([['full', 8], ['part', 2]] as const);

  const languages: VacancyRow['languages'] = [];
  if (company.country !== 'DE' || rng.chance(0.5)) languages.push({ language: 'ru', level: rng.weighted([['native', 6], ['C1', 3], ['C2', 1]] as const) });
  if (template.foreignLanguage) languages.push({ language: template.foreignLanguage, level: rng.weighted([['B2', 5], ['C1', 4], ['native', 1]] as const) });
  if (template.foreignLanguage !== 'en' && rng.chance(0.18)) languages.push({ language: 'en', level: rng.pick(['A2', 'B1', 'B2'] as const) });
  if (company.country === 'KZ' && !languages.some((l) => l.language === 'kk') && rng.chance(0.4)) languages.push({ language: 'kk', level: 'B2' });
  if (company.country === 'UZ' && !languages.some((l) => l.language === 'uz') && rng.chance(0.5)) languages.push({ language: 'uz', level: 'B2' });

  // Salary: stated by most, in the company's currency, per month, hour or shift.
  let salary: Pick<VacancyRow, 'salaryFrom' | 'salaryTo' | 'salaryCurrency' | 'salaryPeriod' | 'salaryGross' | 'salaryMinRub' | 'salaryMaxRub'> = {
    salaryFrom: null, salaryTo: null, salaryCurrency: null, salaryPeriod: null, salaryGross: null, salaryMinRub: null, salaryMaxRub: null,
  };
  if (rng.chance(0.85)) {
    const currency: Currency = rng.chance(0.12) ? rng.pick(['USD', 'EUR'] as const) : (CURRENCY_BY_COUNTRY[company.country] ?? 'RUB');
    const period: SalaryPeriod = schedule === 'shift' && rng.chance(0.2) ? 'shift' : rng.weighted([['month', 7], ['hour', 2], ['shift', 1]] as const);
    const shiftHours = slots[0] ? (((slots[0].endMinute - slots[0].startMinute + 1440) % 1440) || 1440) / 60 : undefined;
    const workload = workloadFromSchedule({ shiftsPerWeek: plan.shiftsPerWeek ?? undefined, shiftPattern: plan.pattern ?? undefined, shiftHours });
    const perMonth = period === 'month' ? 1 : period === 'hour' ? (workload.hoursPerMonth ?? 164) : (workload.shiftsPerMonth ?? 15);
    const [baseFrom, baseTo] = monthlyBaseRub(template, rng);
    // International employers paying in dollars or euros pay well above the local market.
    const international = currency === 'USD' || currency === 'EUR' ? 1.8 + rng.next() * 0.6 : 1;
    const [fromRub, toRub] = [baseFrom * international, baseTo * international];
    const toAmount = (rub: number) => tidy(convertFromRub(rub / perMonth, currency, rates));
    const shape = rng.weighted([['range', 6], ['from', 3], ['to', 1]] as const);
    const from = shape === 'to' ? null : toAmount(fromRub);
    const to = shape === 'from' ? null : toAmount(toRub);
    const range = normalizeSalary({ from, to, currency, period }, rates, workload);
    salary = {
      salaryFrom: from, salaryTo: to, salaryCurrency: currency, salaryPeriod: period, salaryGross: rng.chance(0.3),
      salaryMinRub: range?.minRub ?? null, salaryMaxRub: range?.maxRub ?? null,
    };
  }

  // Fields must not contradict the ad's text: a template that promises training gets it.
  const promisesTraining = /обучен/i.test(template.conditions.ru.join(' '));
  const trainingProvided = promisesTraining || (template.seniority === 'entry' ? rng.chance(0.9) : rng.chance(0.45));
  const hasKpi = rng.chance(0.7);
  const abroadAllowed = rng.chance(0.4);
  const contractTypes: ContractType[] = company.country === 'RU'
    ? rng.sample(['employment', 'civil', 'selfEmployed', 'soleTrader'] as const, rng.int(1, 3))
    : rng.sample(['contractor', 'selfEmployed', 'employment'] as const, rng.int(1, 2));
  const applyMode: ApplyMode = rng.weighted([['form', 6], ['url', 2.5], ['email', 1.5]] as const);
  const domain = new URL(company.website).hostname;

  const status = forcedStatus ?? statusFor(rng);
  const age = rng.int(0, 29);
  let publishedAt: Date | null = null;
  let expiresAt: Date | null = null;
  let closedAt: Date | null = null;
  let createdAt = new Date(now.getTime() - (age + rng.int(1, 4)) * DAY - rng.int(0, 86_000) * 1000);
  if (status === 'published' || status === 'closed' || status === 'removed') {
    publishedAt = new Date(now.getTime() - age * DAY - rng.int(0, 86_000) * 1000);
    expiresAt = new Date(publishedAt.getTime() + 30 * DAY);
    if (status === 'closed') closedAt = new Date(Math.min(now.getTime(), publishedAt.getTime() + rng.int(2, 20) * DAY));
  } else if (status === 'expired') {
    publishedAt = new Date(now.getTime() - rng.int(31, 60) * DAY);
    expiresAt = new Date(publishedAt.getTime() + 30 * DAY);
    createdAt = new Date(publishedAt.getTime() - DAY);
  }

  const id = rng.uuid();
  const nightSuffix = night && !nightRole ? (locale === 'ru' ? ' (ночные смены)' : ' (night shifts)') : '';
  const title = `${template.title[locale]}${nightSuffix}`;
  return {
    id,
    slug: `${slugify(template.title[locale], 48)}-${id.slice(0, 8)}`,
    companyId: company.id,
    createdById: ctx.authors.get(company.id) ?? null,
    status,
    locale,
    title,
    description: renderDescription(template, locale),
    industry: template.industry,
    schedule,
    employment,
    experience: experienceFor(template, rng),
    ...salary,
    shiftPattern: plan.pattern,
    shiftsPerWeek: plan.shiftsPerWeek,
    hoursPerWeek: plan.hoursPerWeek,
    nightShifts,
    weekendWork: schedule === 'shift' || rng.chance(0.2),
    trainingProvided,
    trainingPaid: trainingProvided ? rng.chance(0.6) : null,
    trainingDays: trainingProvided ? rng.pick([3, 5, 7, 10, 14]) : null,
    trainingNote: trainingProvided && rng.chance(0.5) ? rng.pick(TRAINING_NOTES)[locale] : null,
    hasKpi,
    kpiConcurrentChats: hasKpi ? rng.int(2, 6) : null,
    kpiFirstResponseSec: hasKpi ? rng.pick([30, 45, 60, 90, 120]) : null,
    kpiNote: hasKpi && rng.chance(0.6) ? rng.pick(KPI_NOTES)[locale] : null,
    voiceRequired: template.voice,
    equipmentProvided: rng.chance(0.25),
    minInternetMbps: rng.pick([null, 10, 20, 30, 50, 100]),
    equipmentNote: rng.chance(0.3) ? rng.pick(EQUIPMENT_NOTES)[locale] : null,
    abroadAllowed,
    abroadCountries: abroadAllowed ? [...rng.pick(ABROAD_COUNTRY_SETS)] : [],
    contractTypes,
    applyMode,
    applyUrl: applyMode === 'url' ? `https://${domain}/careers/${id.slice(0, 8)}` : null,
    applyEmail: applyMode === 'email' ? `jobs@${domain}` : null,
    publishedAt,
    expiresAt,
    closedAt,
    moderationReason: status === 'rejected' || status === 'removed' ? rng.pick(REJECTION_REASONS) : null,
    createdAt,
    languages,
    slots: slots.map((s) => ({ ...s, vacancyId: id })),
  };
}
