'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense, useOptimistic, useState, useTransition, type FormEvent } from 'react';
import { buttonStyles } from '@/components/ui/button';
import { join } from '@/components/ui/join';
import { getPathname, usePathname } from '@/i18n/navigation';
import { saveVacancyFormAction, setVacancySavedAction } from '@/lib/saved/actions';
import { BookmarkIcon } from '@/components/ui/icons';
import { trackSavedChange } from './saved-count-store';

export type SaveButtonTexts = {
  /** «Сохранить вакансию «…»»: the button's name, the same pressed or not. */
  label: string;
  /** The visible word of the labelled variant. */
  text: string;
  /** Shown when the change did not go through. */
  failed: string;
  unavailable: string;
};

type Props = {
  vacancyId: string;
  saved: boolean;
  texts: SaveButtonTexts;
  /** `icon` on cards, `labelled` on the vacancy page. */
  variant: 'icon' | 'labelled';
  className?: string;
};

const styles = {
  icon: 'inline-flex size-10 items-center justify-center rounded-control text-ink-500 transition-colors hover:bg-sand-100 hover:text-brand-800 aria-pressed:text-brand-700',
  labelled: buttonStyles({
    variant: 'secondary',
    size: 'sm',
    className: 'aria-pressed:border-brand-300 aria-pressed:bg-brand-50 aria-pressed:text-brand-800',
  }),
};

/**
 * A save toggle. Without JavaScript it is a plain form: the server action changes the cookie and
 * redirects back here. With JavaScript it flips at once, tells the header's count, and the action's
 * answer (and the refresh a cookie change brings) settles both.
 */
export function SaveButton({ vacancyId, saved, texts, variant, className }: Props) {
  const [pressed, setPressed] = useOptimistic(saved);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = !pressed;
    const formData = new FormData();
    formData.set('id', vacancyId);
    formData.set('saved', next ? '1' : '0');
    setError(null);
    startTransition(async () => {
      setPressed(next);
      const settle = trackSavedChange(next ? 1 : -1);
      const result = await setVacancySavedAction(null, formData).catch(() => null);
      const done = result?.status === 'success' ? result.data : undefined;
      settle(done ? done.count : null);
      if (!done) setError(result?.error?.['']?.[0] === 'saved.errors.unavailable' ? texts.unavailable : texts.failed);
    });
  }

  return (
    <form action={saveVacancyFormAction} onSubmit={onSubmit} className={join('relative z-10 shrink-0', className)}>
      <input type="hidden" name="id" value={vacancyId} />
      <input type="hidden" name="saved" value={pressed ? '0' : '1'} />
      <Suspense fallback={<BackField search="" />}>
        <BackFieldWithQuery />
      </Suspense>
      <button
        type="submit"
        aria-pressed={pressed}
        aria-label={texts.label}
        title={variant === 'icon' ? texts.label : undefined}
        className={styles[variant]}
      >
        <BookmarkIcon filled={pressed} className={variant === 'icon' ? 'size-6' : 'size-4'} />
        {variant === 'labelled' && texts.text}
      </button>
      <p
        role="status"
        className={join(
          'absolute top-full right-0 mt-1 w-max max-w-60 rounded-control bg-ink-900 px-2.5 py-1.5 text-xs text-white shadow-raised',
          !error && 'sr-only',
        )}
      >
        {error}
      </p>
    </form>
  );
}

function BackFieldWithQuery() {
  return <BackField search={useSearchParams().toString()} />;
}

/** The page to come back to after the plain form's redirect: this one, query included. */
function BackField({ search }: { search: string }) {
  const pathname = usePathname();
  const locale = useLocale();
  const path = getPathname({ href: pathname, locale });
  return <input type="hidden" name="back" value={search ? `${path}?${search}` : path} />;
}
