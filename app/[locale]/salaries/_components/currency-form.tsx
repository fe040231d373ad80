import { useTranslations } from 'next-intl';
import { CURRENCIES, type Currency } from '@/lib/vocabularies';

/** A plain GET form: works without JavaScript and gives a shareable ?currency= link. */
export function CurrencyForm({ currency }: { currency: Currency }) {
  const t = useTranslations('salaries.currency');
  const tv = useTranslations('vocab.currency');
  return (
    <form method="get" className="mt-6 flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        {/* A label beside the select, not around it: around it, the chosen option would join the field's name. */}
        <label htmlFor="salaries-currency" className="text-sm font-medium text-ink-700">
          {t('label')}
        </label>
        <select id="salaries-currency" name="currency" defaultValue={currency} className="min-h-10 rounded-control border border-line-strong bg-surface px-3 text-ink-950">
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {tv(c)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-10 rounded-control border border-line-strong bg-surface px-4 text-sm font-semibold text-ink-900 hover:border-brand-300 hover:bg-brand-50"
      >
        {t('submit')}
      </button>
    </form>
  );
}
