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
import { TEMPLATE_WORK } from './content/work';
import { pickTitle } from './titles';
import { planWork } from './work-plans';
import type { Rng } from './random';

export type SeedCompanyRef = { id: string; slug: string; name: string; country: string; website: string; industry: string };

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
  /** The company's name, as the vacancies_company_name trigger copies it. */
  companyName: string;
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

/** Share of ads that state a salary: most of the fresh ones, fewer among those a month old. */
export function salaryShare(ageDays: number): number {
  return ageDays <= 3 ? 0.92 : ageDays <= 10 ? 0.85 : 0.7;
}

type Memo = { byIndustry: Map<string, readonly SeedCompanyRef[]>; utc: Map<string, { start: number; end: number }> };
const memos = new WeakMap<BuildContext, Memo>();

function memoFor(ctx: BuildContext): Memo {
  let memo = memos.get(ctx);
  if (!memo) {
    const byIndustry = new Map<string, SeedCompanyRef[]>();
    for (const c of ctx.companies) byIndustry.set(c.industry, [...(byIndustry.get(c.industry) ?? []), c]);
    memo = { byIndustry, utc: new Map() };
    memos.set(ctx, memo);
  }
  return memo;
}

/** UTC minutes of a local slot on the seeding day; a handful of distinct slots, so remembered. */
function utcMinutes(ctx: BuildContext, start: number, end: number, timeZone: string) {
  const { utc } = memoFor(ctx);
  const key = `${start}|${end}|${timeZone}`;
  let range = utc.get(key);
  if (!range) {
    range = slotToUtcMinutes({ start, end, timeZone }, ctx.now);
    utc.set(key, range);
  }
  return range;
}

export function buildVacancy(ctx: BuildContext, index: number, forcedStatus?: VacancyStatus, forcedCompany?: SeedCompanyRef): VacancyRow {
  const { rng, now, rates } = ctx;
  const template = ctx.templates[index % ctx.templates.length]!;
  const sameIndustry = memoFor(ctx).byIndustry.get(template.industry);
  const company = forcedCompany ?? rng.pick(sameIndustry?.length ? sameIndustry : ctx.companies);
  const locale: 'ru' | 'en' = ['DE', 'CY', 'AE'].includes(company.country) || rng.chance(0.12) ? 'en' : 'ru';

  // The week the template's text describes: schedule, pattern, hours and employment agree.
  const work = planWork(rng.weighted(TEMPLATE_WORK[template.key] ?? [['office5x2', 1]]), rng);
  const { schedule, employment } = work;
  const zone = rng.weighted(ZONES[company.country] ?? ZONES.RU!);
  const slots: ShiftSlotRow[] = work.slots.map(([start, end], position) => {
    const normalized: [number, number] = [start % 1440, end % 1440];
    const utc = utcMinutes(ctx, normalized[0], normalized[1], zone);
    return {
      id: rng.uuid(), vacancyId: '', position, startMinute: normalized[0], endMinute: normalized[1], timeZone: zone,
      utcStartMinute: utc.start, utcEndMinute: utc.end,
    };
  });

  const languages: VacancyRow['languages'] = [];
  if (company.country !== 'DE' || rng.chance(0.5)) languages.push({ language: 'ru', level: rng.weighted([['native', 6], ['C1', 3], ['C2', 1]] as const) });
  if (template.foreignLanguage) languages.push({ language: template.foreignLanguage, level: rng.weighted([['B2', 5], ['C1', 4], ['native', 1]] as const) });
  if (template.foreignLanguage !== 'en' && rng.chance(0.18)) languages.push({ language: 'en', level: rng.pick(['A2', 'B1', 'B2'] as const) });
  if (company.country === 'KZ' && !languages.some((l) => l.language === 'kk') && rng.chance(0.4)) languages.push({ language: 'kk', level: 'B2' });
  if (company.country === 'UZ' && !languages.some((l) => l.language === 'uz') && rng.chance(0.5)) languages.push({ language: 'uz', level: 'B2' });

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

  // Salary: stated by most (more often in fresh ads), in the company's currency; per hour where the
  // ad pays by the hour, per shift only for shift work, per month otherwise.
  let salary: Pick<VacancyRow, 'salaryFrom' | 'salaryTo' | 'salaryCurrency' | 'salaryPeriod' | 'salaryGross' | 'salaryMinRub' | 'salaryMaxRub'> = {
    salaryFrom: null, salaryTo: null, salaryCurrency: null, salaryPeriod: null, salaryGross: null, salaryMinRub: null, salaryMaxRub: null,
  };
  if (rng.chance(salaryShare(age))) {
    const currency: Currency = rng.chance(0.12) ? rng.pick(['USD', 'EUR'] as const) : (CURRENCY_BY_COUNTRY[company.country] ?? 'RUB');
    const hourly = /почасов/i.test(template.conditions.ru.join(' '));
    const period: SalaryPeriod = hourly ? 'hour'
      : schedule === 'shift' ? rng.weighted([['month', 7], ['shift', 3]] as const)
      : schedule === 'flexible' && employment !== 'full' ? rng.weighted([['hour', 6], ['month', 4]] as const)
      : 'month';
    const shiftHours = slots[0] ? (((slots[0].endMinute - slots[0].startMinute + 1440) % 1440) || 1440) / 60 : undefined;
    const workload = workloadFromSchedule({ shiftsPerWeek: work.shiftsPerWeek ?? undefined, shiftPattern: work.pattern ?? undefined, shiftHours });
    const perMonth = period === 'month' ? 1 : period === 'hour' ? (workload.hoursPerMonth ?? 164) : (workload.shiftsPerMonth ?? 15);
    const [baseFrom, baseTo] = monthlyBaseRub(template, rng);
    // Part-time pay is a share of a full month's; international employers paying in dollars or euros pay well above the local market.
    const share = period === 'month' && employment !== 'full' ? work.hoursPerWeek / 40 : 1;
    const international = currency === 'USD' || currency === 'EUR' ? 1.8 + rng.next() * 0.6 : 1;
    const [fromRub, toRub] = [baseFrom * international * share, baseTo * international * share];
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
  const experience = experienceFor(template, rng);

  const id = rng.uuid();
  const title = pickTitle(template, locale, { ...work, experience, languages }, rng);
  return {
    id,
    slug: `${slugify(title, 48)}-${id.slice(0, 8)}`,
    companyId: company.id,
    companyName: company.name,
    createdById: ctx.authors.get(company.id) ?? null,
    status,
    locale,
    title,
    description: renderDescription(template, locale),
    industry: template.industry,
    schedule,
    employment,
    experience,
    ...salary,
    shiftPattern: work.pattern,
    shiftsPerWeek: work.shiftsPerWeek,
    hoursPerWeek: work.hoursPerWeek,
    nightShifts: work.nightShifts,
    weekendWork: work.weekendWork,
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
