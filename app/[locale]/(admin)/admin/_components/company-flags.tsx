import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { VerifiedIcon } from '@/components/ui/icons';

type Flags = { verified: boolean; warned: boolean; blocked: boolean };

/** Verified, warned and blocked marks of a company, as small badges. */
export function CompanyFlags({ verified, warned, blocked }: Flags) {
  const t = useTranslations('moderation.flags');
  if (!verified && !warned && !blocked) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {verified && (
        <Badge tone="verified" data-flag="verified">
          <VerifiedIcon className="size-3.5" />
          {t('verified')}
        </Badge>
      )}
      {warned && (
        <Badge tone="accent" data-flag="warned">
          {t('warned')}
        </Badge>
      )}
      {blocked && (
        <Badge className="bg-red-50 text-red-800 ring-red-200" data-flag="blocked">
          {t('blocked')}
        </Badge>
      )}
    </span>
  );
}
