import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ApplicationStatus } from '@/lib/vocabularies';

const TONES = {
  new: 'accent', viewed: 'neutral', shortlisted: 'brand', invited: 'brand',
  hired: 'verified', rejected: 'neutral', withdrawn: 'neutral',
} as const satisfies Record<ApplicationStatus, 'neutral' | 'brand' | 'accent' | 'verified'>;

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations('vocab.applicationStatus');
  return (
    <Badge tone={TONES[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}
