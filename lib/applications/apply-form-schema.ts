import '@/lib/zod-setup';
import { z } from 'zod';
import { CV_MAX_BYTES } from './apply-limits';
import { ApplySchema } from './schemas';

/**
 * The apply form's check in the browser: the action's schema, and a file over the limit caught before 5 MB
 * travel for nothing (the server checks size and type again). Loaded when the candidate starts on the form.
 */
export const ApplyFormSchema = z
  .any()
  .superRefine((value: { cvFile?: unknown } | undefined, ctx) => {
    const file = value?.cvFile;
    if (file instanceof File && file.size > CV_MAX_BYTES) ctx.addIssue({ code: 'custom', path: ['cvFile'], message: 'apply.errors.cvFileTooLarge' });
  })
  .pipe(ApplySchema);
