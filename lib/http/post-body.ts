// What a POST to a page may carry, checked before Next.js decodes it (proxy.ts): the framework answers
// 500 when React's reply decoder meets a body it cannot read, so those are refused as 400 here.
// A server action call (`Next-Action` header) is React's reply encoding: one JSON text, or multipart
// fields whose digit-only names hold JSON "chunks" that may refer to each other ("$1", "$@2", "$F3", …).
// A form post without JavaScript carries the same encoding under `$ACTION_<n>:<chunk>` field names.
// docs/decisions/014-untrusted-input.md.

const MAX_DEPTH = 64;
/** What a POST to a page may carry: 1 MB, as Next.js allowed by default; beyond Next's own limit it answers 500. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/**
 * A multipart POST to a page with an upload form (the vacancy page's CV, 5 MB) may carry this much; Next's
 * serverActions.bodySizeLimit in next.config.ts is set to the same figure, and every other page keeps 1 MB here.
 */
export const MAX_UPLOAD_BODY_BYTES = 6 * 1024 * 1024;
// The vacancy page (a CV) and the company profile (a logo, 2 MB: a larger one gets the form's own message).
const UPLOAD_PAGES = /^(?:\/en)?\/(?:vacancies\/[^/]+|employer\/company)\/?$/;
// "$" + an optional type letter + a hexadecimal chunk id; "$$…" escapes a literal dollar.
const REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)(?::|$)/;
// "$" values that stand for themselves, not for another chunk.
const LITERAL = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d)/;

type Chunks = ReadonlySet<string>;

/**
 * Walks parsed JSON: too deep, or a reference to a chunk the body does not have, makes it unreadable. React's
 * client outlines a value into a chunk numbered after the one that refers to it, so a reference back to the
 * same or an earlier chunk (a cycle React rejects with a 500) is unreadable too.
 */
function readable(value: unknown, chunks: Chunks, from: number, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') {
    if (!value.startsWith('$') || LITERAL.test(value)) return true;
    const ref = REFERENCE.exec(value);
    if (!ref) return false;
    const id = Number.parseInt(ref[2] ?? '', 16);
    // A FormData argument ("$K1") may be empty, so it need not have fields of its own; it still comes later.
    return id > from && (ref[1] === 'K' || chunks.has(String(id)));
  }
  if (Array.isArray(value)) return value.every((v) => readable(v, chunks, from, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).every((v) => readable(v, chunks, from, depth + 1));
  return true;
}

/** Chunk `root` parses, is an array of arguments when `argumentsRoot`, and every chunk refers only to chunks present. */
function readableChunks(chunks: Map<string, string>, argumentsRoot: boolean): boolean {
  const ids = new Set(chunks.keys());
  try {
    for (const [id, text] of chunks) {
      const value: unknown = JSON.parse(text);
      if (id === '0' && argumentsRoot && !Array.isArray(value)) return false;
      if (!readable(value, ids, Number(id))) return false;
    }
    return argumentsRoot ? chunks.has('0') : true;
  } catch {
    return false;
  }
}

/** A server action's body as text: one JSON array of arguments, with no chunks to refer to. */
export function isReadableActionText(text: string): boolean {
  return readableChunks(new Map([['0', text]]), true);
}

/** A server action's body as form fields: digit-named fields are the chunks, "0" the arguments. */
export function isReadableActionForm(fields: Iterable<[string, FormDataEntryValue]>): boolean {
  const chunks = new Map<string, string>();
  for (const [name, value] of fields) if (/^\d+$/.test(name) && typeof value === 'string') chunks.set(name, value);
  return readableChunks(chunks, true);
}

/** A form post without JavaScript: each `$ACTION_REF_<n>` needs its `$ACTION_<n>:0` and the chunks it refers to. */
export function isReadableFormPost(fields: Iterable<[string, FormDataEntryValue]>): boolean {
  const refs: string[] = [];
  const actions = new Map<string, Map<string, string>>();
  for (const [name, value] of fields) {
    const ref = /^\$ACTION_REF_(\d+)$/.exec(name);
    if (ref) refs.push(ref[1]!);
    const chunk = /^\$ACTION_(\d+):(\d+)$/.exec(name);
    if (chunk && typeof value === 'string') {
      const chunks = actions.get(chunk[1]!) ?? new Map<string, string>();
      chunks.set(chunk[2]!, value);
      actions.set(chunk[1]!, chunks);
    }
  }
  // Chunk 0 of a form's action is {"id": …, "bound": …}, not an argument list.
  return refs.every((n) => actions.get(n)?.has('0') && readableChunks(actions.get(n)!, false));
}

const isFormType = (type: string) => type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');

/** For route handlers (/api): a POST that says it is a form must parse as one (400 otherwise). */
export async function checkFormPost(request: Request): Promise<400 | null> {
  if (request.method !== 'POST' || !isFormType((request.headers.get('content-type') ?? '').toLowerCase())) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return 400;
  }
}

/** The most a POST to this page may carry: MAX_UPLOAD_BODY_BYTES for a multipart post to an upload page, else 1 MB. */
export function pagePostLimit(request: Request): number {
  const multipart = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  return multipart && UPLOAD_PAGES.test(new URL(request.url).pathname) ? MAX_UPLOAD_BODY_BYTES : MAX_ACTION_BODY_BYTES;
}

/**
 * For proxy.ts: null when a POST to a page can be handed to Next.js, else the status to answer
 * (400 unreadable, 413 larger than `limit`, 415 a body that is neither an action call nor a form).
 */
export async function checkPagePost(request: Request, limit = pagePostLimit(request)): Promise<400 | 413 | 415 | null> {
  if (request.method !== 'POST') return null;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const isForm = isFormType(type);
  const isAction = request.headers.has('next-action');
  if (!isForm && !isAction) return 415;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return 413;
  try {
    // Counted in bytes before decoding: a file's binary bytes would grow as replacement characters.
    const body = await request.clone().arrayBuffer();
    if (body.byteLength > limit) return 413;
    const text = new TextDecoder().decode(body);
    if (!isForm) return isReadableActionText(text) ? null : 400;
    // The platform's parser drops a byte-order mark that React's parser keeps (and chokes on).
    if (text.includes('\r\n\r\n\uFEFF')) return 400;
    const fields = [...(await request.clone().formData()).entries()];
    return (isAction ? isReadableActionForm(fields) : isReadableFormPost(fields)) ? null : 400;
  } catch {
    return 400;
  }
}
