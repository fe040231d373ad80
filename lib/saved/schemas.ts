import '@/lib/zod-setup';
import { z } from 'zod';

const E = (key: string) => `saved.errors.${key}`;

/** The save button's form: which vacancy, and whether it should end up saved (`1`) or not (`0`). */
export const SavedChangeSchema = z.object({
  id: z.string({ error: E('invalid') }).trim().toLowerCase().pipe(z.uuid({ error: E('invalid') })),
  saved: z.enum(['0', '1'], { error: E('invalid') }).transform((value) => value === '1'),
});

export type SavedChangeInput = z.infer<typeof SavedChangeSchema>;
