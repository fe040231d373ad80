import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { SaveVacancyButton } from '@/components/saved/save-vacancy-button';
import { Badge as BadgeChip } from '@/components/ui/badge';
import { Card, stretchedLink } from '@/components/ui/card';
import { ClockIcon, GlobeIcon, MoonIcon, VerifiedIcon, WalletIcon } from '@/components/ui/icons';
import type { SalaryFormatter } from '@/components/vacancies/salary-text';
import { Link } from '@/i18n/navigation';
import { convertSlot, formatTime } from '@/lib/shifts/fit';
import { zoneNamePart } from '@/lib/shifts/zone-names';
import type { SalaryInfo, ShiftSlotInfo, VacancyCardData } from '@/lib/vacancies/types';
import type { Currency } from '@/lib/vocabularies';
import { languageName } from '@/lib/language-name';

/** Salary lines of a card, already in the page's language; null when the vacancy states no salary. */
export type VacancyCardSalary = { stated: string; approximate: string | null; taxNote: string | null };

/** The card's salary lines from the page's formatter (`getSalaryFormatter`), approximated into `currency`. */
export function toCardSalary(format: SalaryFormatter, salary: SalaryInfo | null, currency: Currency): VacancyCardSalary | null {
  if (!salary) return null;
  return { stated: format.stated(salary), approximate: format.approximate(salary, currency), taxNote: format.taxNote(salary) };
}

const BADGES = ['noExperience', 'training', 'chatOnly', 'abroad', 'nightShifts'] as const;
type Badge = (typeof BADGES)[number];

type Props = {
  vacancy: VacancyCardData;
  salary: VacancyCardSalary | null;
  /** Show shift times in this zone (the candidate's); by default each slot's own zone. */
  timeZone?: string;
};

/** One vacancy in a list (catalogue, company page, similar vacancies). Its heading is an h3. */
export function VacancyCard({ vacancy, salary, timeZone }: Props) {
  const t = useTranslations('catalogue.card');
  const tc = useTranslations('common');
  const vocab = useTranslations('vocab');
  const languageLabels = useTranslations('vocab.language');
  const locale = useLocale();
  const format = useFormatter();
  const shifts = useShiftTimes(vacancy.slots, timeZone);

  const schedule = [vocab(`schedule.${vacancy.schedule}`), vacancy.shiftPattern].filter(Boolean).join(', ');
  const flags: Record<Badge, boolean> = {
    noExperience: vacancy.experience === 'noExperience',
    training: vacancy.trainingProvided,
    chatOnly: !vacancy.voiceRequired,
    abroad: vacancy.abroadAllowed,
    nightShifts: vacancy.nightShifts,
  };
  const badges = BADGES.filter((badge) => flags[badge]);

  return (
    <Card as="article" interactive className="flex w-full flex-col gap-3 p-4 sm:p-5">
      <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-2">
        <h3 className="text-lg leading-snug font-semibold">
          <Link href={`/vacancies/${vacancy.slug}`} className={`text-ink-950 hover:text-brand-800 ${stretchedLink}`}>
            {vacancy.title}
          </Link>
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm text-ink-600">
          <span className="inline-flex min-w-0 items-center gap-1">
            {/* Above the stretched title link, so both stay clickable without nesting links. */}
            <Link
              href={`/companies/${vacancy.companySlug}`}
              className="relative z-10 truncate font-medium text-ink-800 underline-offset-2 hover:text-brand-800 hover:underline"
            >
              {vacancy.companyName}
            </Link>
            {vacancy.companyVerified && (
              <span title={tc('verifiedCompany')} className="relative z-10 inline-flex shrink-0 text-brand-600">
                <VerifiedIcon className="size-4" />
                <span className="sr-only">{tc('verifiedCompany')}</span>
              </span>
            )}
          </span>
          <span aria-hidden="true" className="text-ink-400">·</span>
          <span>{vocab(`industry.${vacancy.industry}`)}</span>
        </p>
        {/* Placed first by the grid, so title and company fill the first column; above the stretched link. */}
        <SaveVacancyButton vacancyId={vacancy.id} title={vacancy.title} className="col-start-2 row-span-2 row-start-1 -mt-1.5 -mr-2" />
      </div>

      <div className="flex items-start gap-2">
        <WalletIcon className="mt-1 size-4 shrink-0 text-brand-600" />
        {salary ? (
          <p className="leading-snug">
            <span className="font-bold text-ink-950">{salary.stated}</span>
            {salary.taxNote && <span className="text-sm text-ink-600">, {salary.taxNote}</span>}
            {salary.approximate && <span className="block text-sm text-ink-600">{salary.approximate}</span>}
          </p>
        ) : (
          <p className="text-ink-600">{tc('salaryNotSpecified')}</p>
        )}
      </div>

      <dl className="grid gap-1.5 text-sm text-ink-700">
        <div className="flex items-start gap-2">
          <dt className="sr-only">{t('schedule')}</dt>
          <ClockIcon className="mt-0.5 size-4 shrink-0 text-ink-500" />
          <dd>
            {schedule} · {vocab(`employment.${vacancy.employment}`)}
            {shifts && <span className="text-ink-600"> · {shifts}</span>}
          </dd>
        </div>
        {vacancy.languages.length > 0 && (
          <div className="flex items-start gap-2">
            <dt className="sr-only">{t('languages')}</dt>
            <GlobeIcon className="mt-0.5 size-4 shrink-0 text-ink-500" />
            <dd className="flex flex-wrap gap-x-3">
              {vacancy.languages.map(({ language, level }) => (
                <span key={language}>
                  <span aria-hidden="true" className="font-medium">
                    {language.toUpperCase()} {level === 'native' ? t('native') : level}
                  </span>
                  <span className="sr-only">
                    {t('languageLevel', { language: languageName(language, languageLabels, locale), level: vocab(`languageLevel.${level}`) })}
                  </span>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>

      <div className="mt-auto flex flex-wrap items-center justify-between gap-x-3 gap-y-2 pt-1">
        {badges.length > 0 && (
          <ul className="flex flex-wrap gap-1.5">
            {badges.map((badge) => (
              <li key={badge}>
                <BadgeChip tone={badge === 'noExperience' || badge === 'training' ? 'accent' : 'neutral'}>
                  {badge === 'nightShifts' && <MoonIcon className="size-3.5" />}
                  {t(`badges.${badge}`)}
                </BadgeChip>
              </li>
            ))}
          </ul>
        )}
        <p className="ml-auto text-xs text-ink-500">
          <time dateTime={vacancy.publishedAt.toISOString()}>
            {t('published', { date: format.dateTime(vacancy.publishedAt, { day: 'numeric', month: 'long' }) })}
          </time>
        </p>
      </div>
    </Card>
  );
}

/** «21:00–09:00, 09:00–21:00 (Москва)»: slots grouped by zone, each zone named once by its city. */
function useShiftTimes(slots: ShiftSlotInfo[], timeZone: string | undefined): string | null {
  const t = useTranslations('catalogue.card');
  const locale = useLocale();
  if (!slots.length) return null;
  const now = new Date();
  const byZone = new Map<string, string[]>();
  for (const slot of slots) {
    const zone = timeZone ?? slot.timeZone;
    const { start, end } = zone === slot.timeZone ? slot : convertSlot(slot, zone, now);
    const text = start === end ? t('allDay', { start: formatTime(start) }) : `${formatTime(start)}–${formatTime(end)}`;
    byZone.set(zone, [...(byZone.get(zone) ?? []), text]);
  }
  return [...byZone].map(([zone, times]) => `${times.join(', ')} (${zoneNamePart(zone, locale, 'shortGeneric', now)})`).join('; ');
}

