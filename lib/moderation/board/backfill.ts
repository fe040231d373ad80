import pg from 'pg';
import { extractContacts, type Contact } from './contacts';
import { comparableText, fingerprint, fingerprintMemo } from './fingerprint';

const uniqueContacts = (all: Contact[]) => [...new Map(all.map((c) => [`${c.kind}:${c.value}`, c])).values()];

// Fingerprints and contacts for vacancies submitted before the board-wide checks existed, or loaded by the
// seed: `npm run board:backfill` (scripts/board-backfill.ts) and the end of `npm run db:seed`. Idempotent:
// it rewrites what it computes, in batches of BATCH rows ordered by id, each batch one transaction. Two
// connections: while one writes a batch, the other reads the next and this process hashes it.

const BATCH = 2_000;
/** Identical texts (reposts, the seed's templates) are hashed once; bounded so memory stays flat. */
const MEMO_SIZE = 10_000;

type Row = {
  id: string;
  companyId: string;
  title: string;
  description: string;
  trainingNote: string | null;
  kpiNote: string | null;
  equipmentNote: string | null;
  applyUrl: string | null;
  applyEmail: string | null;
  website: string | null;
  submittedAt: Date;
};

export type BackfillSummary = { vacancies: number; fingerprints: number; contacts: number; ms: number };

async function write(client: pg.ClientBase, ids: string[], fp: Fingerprints, ct: Contacts) {
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM vacancy_fingerprints WHERE "vacancyId" = ANY($1::uuid[])', [ids]);
    await client.query('DELETE FROM vacancy_contacts WHERE "vacancyId" = ANY($1::uuid[])', [ids]);
    await client.query(
      `INSERT INTO vacancy_fingerprints ("vacancyId", "companyId", minhash, bands, "submittedAt")
       SELECT id, company, m::int4[], b::int4[], at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) AS u(id, company, m, b, at)`,
      [fp.ids, fp.companies, fp.minhash, fp.bands, fp.at],
    );
    await client.query(
      `INSERT INTO vacancy_contacts ("vacancyId", kind, value)
       SELECT id, kind::"ContactKind", value FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, kind, value)
       ON CONFLICT DO NOTHING`,
      [ct.ids, ct.kinds, ct.values],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

type Fingerprints = { ids: string[]; companies: string[]; minhash: string[]; bands: string[]; at: Date[] };
type Contacts = { ids: string[]; kinds: string[]; values: string[] };

/** Every vacancy that ever went to review (not drafts): its latest text's fingerprint and contacts. */
export async function backfillBoard(databaseUrl: string, onBatch?: (done: number) => void): Promise<BackfillSummary> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'chatshift-board-backfill' });
  const writer = new pg.Client({ connectionString: databaseUrl, application_name: 'chatshift-board-backfill' });
  await Promise.all([client.connect(), writer.connect()]);
  // Bulk inserts go through GIN's pending list (one merge at the end) instead of updating the index row by
  // row; submissions keep it off (migration 20261205004500). Only the table's owner may; otherwise slower.
  const bulk = await writer.query('ALTER INDEX vacancy_fingerprints_bands_idx SET (fastupdate = on)').then(() => true, () => false);
  try {
    return await backfillWith(client, writer, onBatch);
  } finally {
    if (bulk) {
      await writer.query('ALTER INDEX vacancy_fingerprints_bands_idx SET (fastupdate = off)');
      // Merges the pending list into the index: with fast update off, queries no longer read it anyway.
      await writer.query("SELECT gin_clean_pending_list('vacancy_fingerprints_bands_idx'::regclass)");
    }
    await Promise.all([client.end(), writer.end()]);
  }
}

async function backfillWith(client: pg.ClientBase, writer: pg.ClientBase, onBatch?: (done: number) => void): Promise<BackfillSummary> {
  const started = performance.now();
  let writing: Promise<void> = Promise.resolve();
  const parts = fingerprintMemo();
  const described = new Map<string, Contact[]>();
  let after = '00000000-0000-0000-0000-000000000000';
  let vacancies = 0;
  let fingerprints = 0;
  let contacts = 0;
  for (;;) {
    const { rows } = await client.query<Row>(
      `SELECT v.id::text, v."companyId"::text AS "companyId", v.title, v.description, v."trainingNote", v."kpiNote",
         v."equipmentNote", v."applyUrl", v."applyEmail", c.website, coalesce(v."publishedAt", v."updatedAt") AS "submittedAt"
       FROM vacancies v JOIN companies c ON c.id = v."companyId"
       WHERE v.id > $1::uuid AND v.status <> 'draft'
       ORDER BY v.id LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    const fp: Fingerprints = { ids: [], companies: [], minhash: [], bands: [], at: [] };
    const ct: Contacts = { ids: [], kinds: [], values: [] };
    for (const r of rows) {
      const f = fingerprint(comparableText(r), parts);
      // Contacts come from the notes and apply fields; the description, the long part, is read once per text.
      const key = `${r.description}\u0000${r.website ?? ''}`;
      let fromDescription = described.get(key);
      if (!fromDescription) {
        fromDescription = extractContacts([r.description], { ownSite: r.website });
        if (described.size >= MEMO_SIZE) described.clear();
        described.set(key, fromDescription);
      }
      const contacts = uniqueContacts([...fromDescription, ...extractContacts([r.title, r.trainingNote, r.kpiNote, r.equipmentNote, r.applyUrl, r.applyEmail], { ownSite: r.website })]);
      if (f) {
        fp.ids.push(r.id);
        fp.companies.push(r.companyId);
        fp.minhash.push(`{${f.minhash.join(',')}}`);
        fp.bands.push(`{${f.bands.join(',')}}`);
        fp.at.push(r.submittedAt);
      }
      for (const c of contacts) {
        ct.ids.push(r.id);
        ct.kinds.push(c.kind);
        ct.values.push(c.value);
      }
    }
    await writing;
    writing = write(writer, rows.map((r) => r.id), fp, ct);
    // Awaited before the next batch and at the end; until then a failure must not count as unhandled.
    writing.catch(() => {});
    vacancies += rows.length;
    fingerprints += fp.ids.length;
    contacts += ct.ids.length;
    onBatch?.(vacancies);
  }
  await writing;
  return { vacancies, fingerprints, contacts, ms: Math.round(performance.now() - started) };
}
