import 'server-only';
import { withSaved } from './cookie';
import { isSaveableVacancy } from './queries';
import { SavedChangeSchema } from './schemas';

export type SavedChange =
  | { ok: true; ids: string[]; saved: boolean }
  | { ok: false; error: 'invalid' | 'unavailable' };

/**
 * The list after one press of a save button. The form says which state it wants rather than "toggle",
 * so a repeated or stale submit cannot flip it back. Only a vacancy a visitor can see is saved;
 * unsaving works for any id, so a vacancy that has gone can still be cleared.
 */
export async function changeSaved(current: readonly string[], input: unknown): Promise<SavedChange> {
  const parsed = SavedChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { id, saved } = parsed.data;
  if (saved && !current.includes(id) && !(await isSaveableVacancy(id))) return { ok: false, error: 'unavailable' };
  return { ok: true, ids: withSaved(current, id, saved), saved };
}
