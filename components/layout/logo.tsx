import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { cx } from '@/components/ui/cx';

/** Wordmark with a chat-bubble mark; links home. */
export function Logo({ className, tone = 'dark' }: { className?: string; tone?: 'dark' | 'light' }) {
  const t = useTranslations('nav');
  return (
    <Link
      href="/"
      aria-label={t('homeLink')}
      className={cx('inline-flex items-center gap-2.5 rounded-lg', className)}
    >
      <LogoMark />
      <span className="flex flex-col leading-none">
        <span className={cx('text-lg font-bold tracking-tight', tone === 'dark' ? 'text-ink-950' : 'text-white')}>
          Chat<span className={tone === 'dark' ? 'text-brand-600' : 'text-brand-200'}>Shift</span>
        </span>
      </span>
    </Link>
  );
}

function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" className="size-8 shrink-0" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" className="fill-brand-700" />
      <path d="M8.5 10.5a2 2 0 0 1 2-2h11a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H15l-4 3.2v-3.2h-.5a2 2 0 0 1-2-2z" className="fill-white" />
      <circle cx="23.5" cy="9" r="3.5" className="fill-accent-400 stroke-brand-700" strokeWidth="1.5" />
    </svg>
  );
}
