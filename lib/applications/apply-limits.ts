import { DOCUMENT_KINDS } from '@/lib/storage/file-type';

// What the apply form's markup needs, apart from its schema (lib/applications/schemas.ts), so the vacancy
// page's first JavaScript carries no zod (decision 008).

/** Rows rendered without JavaScript. */
export const APPLY_LANGUAGE_ROWS = 3;
/** The largest CV file the form takes (the body limits in next.config.ts and lib/http/post-body.ts leave room for it). */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
/** What the file input offers; only the bytes decide (lib/storage/file-type.ts). */
export const CV_ACCEPT = ['.pdf', '.docx', '.odt', '.rtf', ...Object.values(DOCUMENT_KINDS).map((k) => k.contentType)].join(',');
