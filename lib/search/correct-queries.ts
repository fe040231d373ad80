import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { likePrefix, swapKeyboardLayout } from './suggest-text';
import { allowedEdits, editDistance } from './edit-distance';
import { isDictionaryWord, tokenize } from './understand';

/** Candidates (pg_trgm `%`, similarity ≥ 0.3) to weigh by edit distance. */
const CANDIDATES = 20;

/**
 * Which of these words the search knows (search_terms words or the dictionary). The query's last word
 * counts as known when a known word begins with it: it may still be being typed.
 */
async function knownWords(tokens: readonly string[]): Promise<boolean[]> {
  const plain = tokens.filter((t) => !isDictionaryWord(t) && !/\d/.test(t));
  const found = new Set<string>();
  if (plain.length) {
    const rows = await db.$queryRaw<{ normalized: string }[]>`
      SELECT normalized FROM search_terms WHERE kind = 'word' AND normalized = ANY(${plain}::text[])`;
    rows.forEach((r) => found.add(r.normalized));
  }
  const last = tokens.length - 1;
  const lastToken = tokens[last];
  if (lastToken !== undefined && !found.has(lastToken) && plain.includes(lastToken) && lastToken.length >= 3) {
    const rows = await db.$queryRaw<{ x: number }[]>`
      SELECT 1 AS x FROM search_terms WHERE kind = 'word' AND normalized LIKE ${likePrefix(lastToken)} LIMIT 1`;
    if (rows.length) found.add(lastToken);
  }
  return tokens.map((t) => isDictionaryWord(t) || /\d/.test(t) || found.has(t));
}

/**
 * The known word closest to a misspelt one: among the trigram-similar words, the fewest edits away
 * (within allowedEdits), then the most similar, then the most used; null when none is close enough.
 */
async function closestWord(token: string): Promise<string | null> {
  if (token.length < 3) return null;
  const rows = await db.$queryRaw<{ normalized: string; score: number; weight: number }[]>(Prisma.sql`
    SELECT normalized, similarity(normalized, ${token}) AS score, weight FROM search_terms
    WHERE kind = 'word' AND normalized % ${token}
    ORDER BY score DESC, weight DESC, normalized LIMIT ${CANDIDATES}`);
  const limit = allowedEdits([...token].length);
  const ranked = rows
    .map((r) => ({ ...r, edits: editDistance(token, r.normalized) }))
    .filter((r) => r.edits <= limit)
    .sort((a, b) => a.edits - b.edits || b.score - a.score || b.weight - a.weight);
  return ranked[0]?.normalized ?? null;
}

/**
 * The query as the person meant it, or null when it reads fine: typed in the wrong keyboard layout
 * (every word unknown, every word known once switched), or with misspelt words (each replaced by its
 * closest known word). Only unknown words change; numbers and dictionary words never do.
 */
export async function correctQuery(q: string): Promise<string | null> {
  const tokens = tokenize(q);
  if (!tokens.length) return null;
  const known = await knownWords(tokens);
  if (known.every(Boolean)) return null;

  const swapped = swapKeyboardLayout(q);
  if (swapped !== null && known.every((k) => !k)) {
    const swappedTokens = tokenize(swapped);
    if (swappedTokens.length && (await knownWords(swappedTokens)).every(Boolean)) return swappedTokens.join(' ');
  }

  const corrected = await Promise.all(tokens.map(async (t, i) => (known[i] ? t : ((await closestWord(t)) ?? t))));
  return corrected.some((t, i) => t !== tokens[i]) ? corrected.join(' ') : null;
}
