import { useTranslations, type Locale } from 'next-intl';
import { getExchangeRates } from '@/lib/rates/queries';
import { formatTime } from '@/lib/shifts/fit';
import { CONDITION_FLAGS, type FacetCounts } from '@/lib/vacancies/catalogue-types';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { CURRENCIES, type Currency } from '@/lib/vocabularies';
import { FacetOption } from './checkbox-group';
import { CurrencySelect } from './currency-select';
import { inputClass, legendClass, smallLabelClass as smallLabel } from './field-styles';
import { TimeZoneSelect } from './time-zone-select';
import { TIME_ZONES, zoneLabel } from './time-zones';

type Props = {
  filters: CatalogueFilters;
  locale: Locale;
  detectZone: boolean;
  facets: Promise<FacetCounts>;
  stateKey: string;
  stream: boolean;
};

/** The currency select with the exchange rates it converts typed amounts with. */
async function CurrencyField({ options, defaultValue }: { options: { value: Currency; label: string }[]; defaultValue: Currency }) {
  const rates = await getExchangeRates();
  return (
    <CurrencySelect id="filter-currency" name="currency" options={options} defaultValue={defaultValue} rates={rates} className={`${inputClass} mt-1`} />
  );
}

/** Salary range with its currency, yes/no conditions and the "fits my hours" window. */
export function SalaryAndHours({ filters, locale, detectZone, facets, stateKey, stream }: Props) {
  const t = useTranslations('catalogue.filters');
  const currencies = useTranslations('vocab.currency');
  const time = (minutes: number | null) => (minutes === null ? '' : formatTime(minutes));
  const zones = [...new Set<string>([...TIME_ZONES, filters.tz])].map((zone) => ({ value: zone, label: zoneLabel(zone, locale) }));

  return (
    <>
      <fieldset aria-describedby="salary-hint">
        <legend className={legendClass}>{t('salary')}</legend>
        <div className="mt-1.5 grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="filter-salary-from" className={smallLabel}>
              {t('salaryFrom')}
            </label>
            <input
              id="filter-salary-from"
              name="salaryFrom"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={filters.salaryFrom ?? ''}
              className={`${inputClass} mt-1`}
            />
          </div>
          <div>
            <label htmlFor="filter-salary-to" className={smallLabel}>
              {t('salaryTo')}
            </label>
            <input
              id="filter-salary-to"
              name="salaryTo"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={filters.salaryTo ?? ''}
              className={`${inputClass} mt-1`}
            />
          </div>
          <div className="col-span-2">
            <label htmlFor="filter-currency" className={smallLabel}>
              {t('currency')}
            </label>
            <CurrencyField options={CURRENCIES.map((c) => ({ value: c, label: currencies(c) }))} defaultValue={filters.currency} />
          </div>
        </div>
        <p id="salary-hint" className="mt-2 text-xs text-ink-600">
          {t('salaryHint')}
        </p>
      </fieldset>

      <fieldset>
        <legend className={legendClass}>{t('conditions')}</legend>
        <ul className="mt-1.5 -mx-1.5">
          {CONDITION_FLAGS.map((flag) => (
            <li key={flag}>
              <FacetOption
                name={flag}
                option={{ value: '1', label: t(flag), checked: filters[flag] }}
                field="conditions"
                value={flag}
                facets={facets}
                stateKey={stateKey}
                stream={stream}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset aria-describedby="hours-hint">
        <legend className={legendClass}>{t('hours')}</legend>
        <p id="hours-hint" className="mt-1 text-xs text-ink-600">
          {t('hoursHint')}
        </p>
        <div className="mt-2 grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="filter-available-from" className={smallLabel}>
              {t('availableFrom')}
            </label>
            <input
              id="filter-available-from"
              type="time"
              name="availableFrom"
              data-pair-message={t('hoursBoth')}
              defaultValue={time(filters.availableFrom)}
              className={`${inputClass} mt-1`}
            />
          </div>
          <div>
            <label htmlFor="filter-available-to" className={smallLabel}>
              {t('availableTo')}
            </label>
            <input
              id="filter-available-to"
              type="time"
              name="availableTo"
              data-pair-message={t('hoursBoth')}
              defaultValue={time(filters.availableTo)}
              className={`${inputClass} mt-1`}
            />
          </div>
          <div className="col-span-2">
            <label htmlFor="filter-tz" className={smallLabel}>
              {t('timeZone')}
            </label>
            <TimeZoneSelect
              id="filter-tz"
              name="tz"
              options={zones}
              defaultValue={filters.tz}
              detect={detectZone}
              aria-describedby="tz-hint"
              className={`${inputClass} mt-1`}
            />
            <p id="tz-hint" className="mt-1.5 text-xs text-ink-600">
              {t('timeZoneDefault')}
            </p>
          </div>
        </div>
      </fieldset>
    </>
  );
}
