import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Submit buttons of the bulk form: the pressed one posts its `operation`. */
export function BulkActions() {
  const t = useTranslations('dashboard.bulk');
  return (
    <fieldset className="flex flex-wrap items-center gap-3">
      <legend className="sr-only">{t('legend')}</legend>
      <span aria-hidden="true" className="text-sm font-medium text-ink-700">
        {t('legend')}:
      </span>
      <Button type="submit" name="operation" value="close" variant="secondary" size="sm">
        {t('close')}
      </Button>
      <Button type="submit" name="operation" value="renew" variant="secondary" size="sm">
        {t('renew')}
      </Button>
    </fieldset>
  );
}
