import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { VacancyStatus } from '@/lib/vocabularies';

const TONES = {
  draft: 'neutral', pending: 'accent', published: 'brand', rejected: 'accent',
  closed: 'neutral', expired: 'neutral', removed: 'accent',
} as const satisfies Record<VacancyStatus, 'neutral' | 'brand' | 'accent'>;

export function StatusBadge({ status }: { status: VacancyStatus }) {
  const t = useTranslations('vocab.vacancyStatus');
  return (
    <Badge tone={TONES[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}
