import 'server-only';
import compile from 'icu-minify/compile';
import type { Messages } from 'next-intl';

// Client Components format precompiled messages (decision 028): the browser — and the server-side render of
// Client Components, which must produce the same markup — use use-intl's format-only formatter (package.json's
// "#format-message" import, which next.config.ts aliases use-intl's formatter to), so the ICU parser (~9 kB
// gzip) never reaches a page.
// Server Components, mail, feeds and exports keep the catalogs as text and the full formatter.

type Tree = { [key: string]: unknown };
const compiled = new WeakMap<object, Tree>();

function compileTree(tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = typeof value === 'string' ? compile(value) : value && typeof value === 'object' ? compileTree(value as Tree) : value;
  }
  return out;
}

/** The catalog with each message compiled once per process (the same object gives the same result). */
export function compiledMessages<M extends Partial<Messages>>(messages: M): M {
  let found = compiled.get(messages);
  if (!found) {
    // The compiler builds plural and select branches on null-prototype objects, which React will not pass
    // to a Client Component; a JSON round trip makes them plain (as next-intl's own build-time loader does).
    found = JSON.parse(JSON.stringify(compileTree(messages as unknown as Tree))) as Tree;
    compiled.set(messages, found);
  }
  return found as unknown as M;
}
