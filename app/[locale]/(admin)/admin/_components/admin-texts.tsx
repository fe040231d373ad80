'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { FormTranslate } from '@/components/forms';

// The `moderation` namespace is not shipped to every page's client bundle (i18n/client-messages.ts);
// the admin layout hands the few texts its forms need to this provider instead.
const AdminTexts = createContext<Record<string, string>>({});

export function AdminTextsProvider({ texts, children }: { texts: Record<string, string>; children: ReactNode }) {
  return <AdminTexts value={texts}>{children}</AdminTexts>;
}

/** Translates an action's message key (`moderation.errors.*`, `moderation.done.*`); unknown keys get a generic text. */
export function useAdminText() {
  const texts = useContext(AdminTexts);
  return (key: string) => texts[key] ?? texts['moderation.errors.unknown'] ?? key;
}

/** The admin texts as a form layer translator (<AppForm translate>): other keys go to the page's messages. */
export function useAdminTranslate(): FormTranslate {
  const texts = useContext(AdminTexts);
  return (key: string) => texts[key];
}
