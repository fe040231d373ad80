import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ContactKind, RiskLink, RiskReason } from '@/lib/moderation/risk/types';
import type { VacancyStatus } from '@/lib/vocabularies';
import { extractContacts, type Contact } from './contacts';
import { comparableText, fingerprint, SIGNATURE_SIZE, type Fingerprint } from './fingerprint';

// The board-wide checks of a submission (decision 011, "Board-wide checks"): the same text from another
// company, contacts another company or a removed ad used, contacts an admin blocked. They run in the
// submission's transaction, after the text scorer, and add reasons that link to the other ads.

/** How far back the near-duplicate check looks. */
export const DUPLICATE_WINDOW_DAYS = 180;
/** Estimated Jaccard similarity from which two texts count as the same ad. */
export const DUPLICATE_SIMILARITY = 0.6;
const MIN_SAME = Math.ceil(DUPLICATE_SIMILARITY * SIGNATURE_SIZE);
const DAY = 86_400_000;
const MAX_LINKS = 5;

/** Weights in the scorer's noisy-OR (lib/moderation/risk/score.ts). */
export const BOARD_WEIGHTS = {
  /** Held: an approval is refused while it is there (review.server.ts). */
  contactBlocked: 100,
  /** The same ad under another company's name, one of them removed, rejected, reported or blocked. */
  nearDuplicateOfFlagged: 80,
  nearDuplicate: 45,
  contactOfFlaggedAd: 65,
  contactReused: 30,
  ownRejectedRepost: 40,
} as const;

export type BoardSubject = {
  vacancyId: string;
  companyId: string;
  title: string;
  description: string;
  trainingNote?: string | null;
  kpiNote?: string | null;
  equipmentNote?: string | null;
  applyUrl?: string | null;
  applyEmail?: string | null;
  /** The company's own website: links to it are not contacts worth comparing. */
  companyWebsite?: string | null;
};

export type BoardResult = { reasons: RiskReason[] };

type OtherAd = {
  vacancyId: string;
  companyId: string;
  title: string;
  status: VacancyStatus;
  companyName: string;
  companyBlocked: boolean;
  reason: string | null;
  at: Date | null;
  /** Reports a moderator upheld. */
  reports: number;
};

// The other ad as a reason shows it: status, when it got there, the moderator's reason, reports, block.
const OTHER_AD_COLUMNS = `
  v.id::text AS "vacancyId", v."companyId"::text AS "companyId", v.title, v.status::text AS status,
  c.name AS "companyName", c."blockedAt" IS NOT NULL AS "companyBlocked", v."moderationReason" AS reason,
  CASE v.status
    WHEN 'removed' THEN (SELECT max(e."createdAt") FROM moderation_events e WHERE e."vacancyId" = v.id AND e.action = 'removed')
    WHEN 'rejected' THEN (SELECT max(e."createdAt") FROM moderation_events e WHERE e."vacancyId" = v.id AND e.action = 'rejected')
    WHEN 'closed' THEN v."closedAt"
    WHEN 'expired' THEN v."expiresAt"
    WHEN 'published' THEN v."publishedAt"
    ELSE v."updatedAt"
  END AS at,
  (SELECT count(*) FROM scam_reports r WHERE r."vacancyId" = v.id AND r.status = 'actioned')::int AS reports`;

/**
 * Removed, rejected, upheld reports or a blocked company: what a scammer's earlier attempt looks like. Only
 * reports a moderator upheld count: an open one is anyone's word, and a competitor could file it.
 */
const isFlagged = (ad: OtherAd) => ad.status === 'removed' || ad.status === 'rejected' || ad.companyBlocked || ad.reports > 0;
/** Most telling first: flagged, then the most recent. */
const byTelling = (a: OtherAd, b: OtherAd) => Number(isFlagged(b)) - Number(isFlagged(a)) || (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0);

function toLink(ad: OtherAd, extra: Partial<RiskLink> = {}): RiskLink {
  return {
    vacancyId: ad.vacancyId,
    title: ad.title,
    companyName: ad.companyName,
    status: ad.status,
    at: ad.at ? ad.at.toISOString() : null,
    reason: ad.reason,
    companyBlocked: ad.companyBlocked,
    reports: ad.reports,
    ...extra,
  };
}

/** Stores what later submissions are compared with: this one's fingerprint and contacts. */
async function recordSubmission(tx: Prisma.TransactionClient, s: BoardSubject, fp: Fingerprint | null, contacts: Contact[], now: Date) {
  if (fp) {
    await tx.vacancyFingerprint.upsert({
      where: { vacancyId: s.vacancyId },
      create: { vacancyId: s.vacancyId, companyId: s.companyId, minhash: fp.minhash, bands: fp.bands, submittedAt: now },
      update: { companyId: s.companyId, minhash: fp.minhash, bands: fp.bands, submittedAt: now },
    });
  } else {
    await tx.vacancyFingerprint.deleteMany({ where: { vacancyId: s.vacancyId } });
  }
  await tx.vacancyContact.deleteMany({ where: { vacancyId: s.vacancyId } });
  if (contacts.length) await tx.vacancyContact.createMany({ data: contacts.map((c) => ({ vacancyId: s.vacancyId, kind: c.kind, value: c.value })), skipDuplicates: true });
}

/**
 * Near-duplicates are kept at most this many: an ad copied thousands of times (a flood, or the demo data's
 * few templates at 100k ads) costs little more than this. Every band-sharing ad is still compared (64 array
 * reads each), so a removed scam among hundreds of merely similar ads is never cut before it is looked at.
 */
const MAX_CANDIDATES = 200;
// Equal signature positions, spelled out: 64 array reads per row are ten times cheaper than unnest + count.
const SAME_POSITIONS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => `(f.minhash[${i + 1}] = ($1::int4[])[${i + 1}])::int`).join(' + ');

/** Ads of the last 180 days whose text is nearly this one, with the estimated similarity. */
async function nearDuplicates(tx: Prisma.TransactionClient, s: BoardSubject, fp: Fingerprint, now: Date) {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * DAY);
  // With a LIMIT the planner prefers reading the table until it has enough rows (it guesses that a few
  // percent share a band), which reads all of it when none does: the GIN index is always right here.
  await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
  // The fate columns are evaluated after the sort and limit (PostgreSQL postpones costly output columns).
  const rows = await tx.$queryRawUnsafe<(OtherAd & { same: number })[]>(
    `WITH candidates AS MATERIALIZED (
       SELECT * FROM (
         SELECT f."vacancyId", ${SAME_POSITIONS} AS same
         FROM vacancy_fingerprints f
         WHERE f.bands && $2::int4[] AND f."submittedAt" >= $3 AND f."vacancyId" <> $4::uuid
       ) compared
       WHERE same >= $5
       LIMIT ${MAX_CANDIDATES}
     )
     SELECT ${OTHER_AD_COLUMNS}, candidates.same
     FROM candidates JOIN vacancies v ON v.id = candidates."vacancyId" JOIN companies c ON c.id = v."companyId"
     ORDER BY (v.status IN ('removed', 'rejected') OR c."blockedAt" IS NOT NULL) DESC, candidates.same DESC, v."updatedAt" DESC
     LIMIT 20`,
    fp.minhash,
    fp.bands,
    since,
    s.vacancyId,
    MIN_SAME,
  );
  await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = on');
  return rows;
}

/**
 * A contact this many companies already carry is public (a marketplace, a government site, a shared form
 * host), not anybody's account: it says nothing about who is behind an ad.
 */
export const PUBLIC_CONTACT_COMPANIES = 10;

/**
 * Other companies' ads carrying any of these contacts, and the company's own ads that were removed or drew
 * upheld reports (its own phone on its other ads says nothing). Public contacts are left out.
 */
async function contactMatches(tx: Prisma.TransactionClient, s: BoardSubject, contacts: Contact[]) {
  if (!contacts.length) return [];
  return tx.$queryRawUnsafe<(OtherAd & { kind: ContactKind; value: string })[]>(
    `WITH q AS (SELECT * FROM unnest($1::"ContactKind"[], $2::text[]) AS q(kind, value)),
     public AS (
       SELECT q.kind, q.value FROM q
       JOIN vacancy_contacts vc ON vc.kind = q.kind AND vc.value = q.value JOIN vacancies v ON v.id = vc."vacancyId"
       GROUP BY q.kind, q.value HAVING count(DISTINCT v."companyId") > ${PUBLIC_CONTACT_COMPANIES}
     )
     SELECT ${OTHER_AD_COLUMNS}, vc.kind::text AS kind, vc.value
     FROM q JOIN vacancy_contacts vc ON vc.kind = q.kind AND vc.value = q.value
     JOIN vacancies v ON v.id = vc."vacancyId" JOIN companies c ON c.id = v."companyId"
     WHERE vc."vacancyId" <> $3::uuid
       AND NOT EXISTS (SELECT 1 FROM public p WHERE p.kind = q.kind AND p.value = q.value)
       AND (v."companyId" <> $4::uuid OR v.status = 'removed'
         OR EXISTS (SELECT 1 FROM scam_reports r WHERE r."vacancyId" = v.id AND r.status = 'actioned'))
     ORDER BY v."updatedAt" DESC
     LIMIT 200`,
    contacts.map((c) => c.kind),
    contacts.map((c) => c.value),
    s.vacancyId,
    s.companyId,
  );
}

async function blockedContacts(tx: Prisma.TransactionClient, contacts: Contact[]) {
  if (!contacts.length) return [];
  return tx.blockedContact.findMany({
    where: { OR: contacts.map((c) => ({ kind: c.kind, value: c.value })) },
    select: { kind: true, value: true, reason: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
}

/**
 * Records the submission's fingerprint and contacts and compares them with the rest of the board.
 * `revision`: an edit of a published ad, which is not asked to renew itself elsewhere.
 */
export async function checkAgainstBoard(tx: Prisma.TransactionClient, s: BoardSubject, now: Date, options: { revision?: boolean } = {}): Promise<BoardResult> {
  const fp = fingerprint(comparableText(s));
  const contacts = extractContacts([s.title, s.description, s.trainingNote, s.kpiNote, s.equipmentNote, s.applyUrl, s.applyEmail], { ownSite: s.companyWebsite });
  // One after another: a transaction is one connection, and nearDuplicates changes a setting for its query.
  const duplicates = fp ? await nearDuplicates(tx, s, fp, now) : [];
  const sharing = await contactMatches(tx, s, contacts);
  const blocked = await blockedContacts(tx, contacts);
  await recordSubmission(tx, s, fp, contacts, now);

  const reasons: RiskReason[] = [];
  if (blocked.length) {
    const [first] = blocked;
    reasons.push({
      code: 'contactBlocked',
      weight: BOARD_WEIGHTS.contactBlocked,
      phrases: [],
      contact: { kind: first!.kind, value: first!.value },
      note: first!.reason,
      contacts: blocked.map((b) => ({ kind: b.kind, value: b.value, note: b.reason })),
    });
  }

  const others = duplicates.filter((d) => d.companyId !== s.companyId);
  if (others.length) {
    const sorted = [...others].sort(byTelling);
    reasons.push({
      code: 'nearDuplicate',
      weight: sorted.some(isFlagged) ? BOARD_WEIGHTS.nearDuplicateOfFlagged : BOARD_WEIGHTS.nearDuplicate,
      phrases: [],
      links: sorted.slice(0, MAX_LINKS).map((d) => toLink(d, { similarity: d.same / SIGNATURE_SIZE })),
    });
  }
  const own = duplicates.filter((d) => d.companyId === s.companyId);
  const ownRejected = own.filter((d) => d.status === 'rejected' || d.status === 'removed');
  if (ownRejected.length) {
    reasons.push({
      code: 'ownRejectedRepost',
      weight: BOARD_WEIGHTS.ownRejectedRepost,
      phrases: [],
      links: ownRejected.slice(0, MAX_LINKS).map((d) => toLink(d, { similarity: d.same / SIGNATURE_SIZE })),
    });
  }
  // The company's own live copy (a closed ad is reposted through "duplicate" on purpose): not a scam sign, so
  // no weight, but the moderator may reject it as a duplicate and the employer is told to renew that one.
  const live = options.revision ? [] : own.filter((d) => d.status === 'published' || d.status === 'pending' || d.status === 'expired');
  if (live.length) {
    reasons.push({
      code: 'ownLiveDuplicate',
      weight: 0,
      phrases: [],
      links: live.slice(0, MAX_LINKS).map((d) => toLink(d, { similarity: d.same / SIGNATURE_SIZE })),
    });
  }

  // Contacts: the company's own earlier ads may share its phone; another company's may not, and a removed,
  // rejected or reported ad's contact is a warning whoever reuses it (rejected only counts across companies:
  // an employer fixing a rejected ad keeps its own phone).
  const flagged = sharing.filter((m) => (m.companyId !== s.companyId && isFlagged(m)) || (m.companyId === s.companyId && (m.status === 'removed' || m.reports > 0)));
  const reused = sharing.filter((m) => m.companyId !== s.companyId && !isFlagged(m));
  const contactReason = (code: 'contactOfFlaggedAd' | 'contactReused', weight: number, matches: typeof sharing) => {
    const sorted = [...matches].sort(byTelling);
    const distinct = [...new Map(sorted.map((m) => [`${m.kind}:${m.value}`, { kind: m.kind, value: m.value }])).values()];
    reasons.push({
      code,
      weight,
      phrases: [],
      contact: distinct[0],
      contacts: distinct,
      links: [...new Map(sorted.map((m) => [m.vacancyId, m])).values()].slice(0, MAX_LINKS).map((m) => toLink(m, { contact: { kind: m.kind, value: m.value } })),
    });
  };
  if (flagged.length) contactReason('contactOfFlaggedAd', BOARD_WEIGHTS.contactOfFlaggedAd, flagged);
  if (reused.length) contactReason('contactReused', BOARD_WEIGHTS.contactReused, reused);

  return { reasons };
}

/**
 * Records the vacancy's live text again, for when the text last recorded is not what stays: a revision was
 * rejected (the published text stays), or the vacancy is removed with a revision pending (the removed text is
 * what later submissions must be compared with).
 */
export async function recordLiveText(tx: Prisma.TransactionClient, vacancyId: string, now: Date): Promise<void> {
  const v = await tx.vacancy.findUnique({
    where: { id: vacancyId },
    select: {
      companyId: true, title: true, description: true, trainingNote: true, kpiNote: true, equipmentNote: true, applyUrl: true, applyEmail: true,
      company: { select: { website: true } },
    },
  });
  if (!v) return;
  const s: BoardSubject = { ...v, vacancyId, companyWebsite: v.company.website };
  const contacts = extractContacts([s.title, s.description, s.trainingNote, s.kpiNote, s.equipmentNote, s.applyUrl, s.applyEmail], { ownSite: s.companyWebsite });
  await recordSubmission(tx, s, fingerprint(comparableText(s)), contacts, now);
}

/** True when the vacancy's latest submission carries a contact an admin blocked (since, too). */
export async function carriesBlockedContact(tx: Prisma.TransactionClient, vacancyId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ blocked: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM vacancy_contacts vc JOIN blocked_contacts b ON b.kind = vc.kind AND b.value = vc.value
      WHERE vc."vacancyId" = ${vacancyId}::uuid
    ) AS blocked`;
  return row?.blocked ?? false;
}
