'use client';

import { useTranslations } from 'next-intl';
import { createContext, useActionState, useContext, useEffect, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useFormText } from '@/components/forms';
import { buttonStyles } from '@/components/ui/button';
import { moveApplicationAction, type BoardMoved } from '@/lib/applications/actions';
import type { EmployerStatus } from '@/lib/applications/pipeline';
import type { FormReply } from '@/lib/forms/reply';

type Moves = { action: (formData: FormData) => void; movedId: string | null };
const MoveContext = createContext<Moves | null>(null);

type Props = { columnNames: Record<string, string>; children: ReactNode };

/**
 * One action state for the whole board: a moved card lands in another column (another component), so the
 * answer lives here. It is said in a live region («Анна Петрова — теперь в колонке «Отобранные».») and focus
 * follows the card to its new column. Without JavaScript the server renders the same sentence.
 */
export function BoardMoves({ columnNames, children }: Props) {
  const [reply, action] = useActionState(moveApplicationAction, null);
  const moved = reply?.status === 'success' ? reply.data : undefined;

  // The moved card's menu button takes focus in its new column: by autoFocus when it mounts there (also in
  // the page the server renders after a POST without JavaScript), and here when the answer and the
  // refreshed board arrive in separate renders.
  useEffect(() => {
    if (!moved) return;
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const summary = document.querySelector<HTMLElement>(`[data-column="${moved.status}"] [data-card-id="${moved.id}"] summary`);
      if (summary) summary.focus();
      else if (++tries < 120) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [moved]);

  return (
    <MoveContext value={{ action, movedId: moved?.id ?? null }}>
      <div role="status" className="mb-3 empty:hidden" data-testid="board-announcement">
        {reply && <Announcement reply={reply} columnNames={columnNames} />}
      </div>
      {children}
    </MoveContext>
  );
}

function Announcement({ reply, columnNames }: { reply: FormReply<BoardMoved>; columnNames: Record<string, string> }) {
  const t = useTranslations('applications.board');
  const text = useFormText();
  if (reply.status === 'success' && reply.data) {
    const { name, status, mailed } = reply.data;
    const values = { name: name ?? t('someone'), column: columnNames[status] ?? status };
    return (
      <p className="rounded-control border border-brand-200 bg-brand-50 px-4 py-2.5 text-sm font-medium text-brand-900">
        {mailed ? t('movedMailed', values) : t('moved', values)}
      </p>
    );
  }
  const key = Object.values(reply.error ?? {}).flat()[0];
  return (
    <p className="rounded-control border border-red-200 bg-red-50 px-4 py-2.5 text-sm font-medium text-red-800">
      {t('failed', { reason: key ? text(key) : '' })}
    </p>
  );
}

type Menu = { moves: { to: EmployerStatus; label: string }[]; withMail: boolean };

/** The card's «Move» menu: a disclosure with one submit button per allowed step (keyboard and no-JS friendly). */
export function CardMoveMenu({ applicationId, name, menu }: { applicationId: string; name: string; menu: Menu }) {
  const t = useTranslations('applications.board');
  const moves = useContext(MoveContext);
  return (
    <details className="group mt-2">
      <summary
        aria-label={t('menuLabel', { name })}
        autoFocus={moves?.movedId === applicationId}
        className={buttonStyles({ variant: 'secondary', size: 'sm', className: 'cursor-pointer list-none [&::-webkit-details-marker]:hidden' })}
      >
        {t('menu')}
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form action={moves?.action} className="mt-2 space-y-2 rounded-control border border-line bg-sand-50 p-2">
        <input type="hidden" name="applicationId" value={applicationId} />
        <div className="flex flex-col gap-1.5">
          {menu.moves.map((m) => (
            <MoveButton key={m.to} status={m.to}>
              {m.label}
            </MoveButton>
          ))}
        </div>
        {menu.withMail && (
          <label className="flex items-start gap-2 text-xs text-ink-700">
            <input type="checkbox" name="sendMail" defaultChecked className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            {t('sendMail')}
          </label>
        )}
      </form>
    </details>
  );
}

function MoveButton({ status, children }: { status: EmployerStatus; children: ReactNode }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get('status') === status;
  return (
    <button
      type="submit"
      name="status"
      value={status}
      disabled={pending}
      aria-disabled={pending}
      data-move={status}
      className={buttonStyles({ variant: 'ghost', size: 'sm', className: 'w-full justify-start whitespace-normal text-left' })}
    >
      {mine ? '…' : children}
    </button>
  );
}
