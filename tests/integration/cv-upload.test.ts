import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { submitApplication, withdrawApplication } from '@/lib/applications/apply.server';
import { getApplicationDetail } from '@/lib/applications/queries';
import { CV_MAX_BYTES } from '@/lib/applications/schemas';
import { createPrismaClient } from '@/lib/db-client';
import { eraseEndedApplications } from '@/lib/jobs/retention.server';
import { localBlobs } from '@/lib/storage/local-blobs';
import { createFileStorage } from '@/lib/storage/storage.server';
import { insertVacancy } from '@/tests/support/factories';

// The route handler asks Auth.js who is calling; here the test says so.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/accounts/queries', () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import('@/app/api/employer/applications/[id]/cv/route');

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `cv-${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;
let member: CurrentUser;
let otherMember: CurrentUser;
let outsider: CurrentUser;
let companyId: string;
let ip = 0;

const ctx = () => ({ ip: `${TAG}-${++ip}`, now: new Date(), limits: false });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const email = (name: string) => `${name}-${TAG}@candidate.example`;

/** A tiny valid PDF, different per call so files can be told apart by checksum. */
const pdf = (label: string) =>
  new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${TAG} ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const file = (bytes: Uint8Array, name: string, type = 'application/pdf') => new File([new Uint8Array(bytes)], name, { type });

const form = (patch: Record<string, unknown> = {}) => ({
  name: 'Анна Смирнова', email: email('anna'), consent: 'on', startedAt: String(Date.now() - 10_000), locale: 'ru', ...patch,
});

const MINIMAL_DOCX =
  'UEsDBBQAAAAIAER4hF3muHRrXAAAAGIAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBXMTQqAIBBA4auE+xxr0SJKL9EFRKYfylGcIer22fLxwZvcE6/mxsJHoll12ihnp+XNyE0V4lntInkE4LBj9KxTRqqyphK91CwbZB9OvyH0xgwQEgmStPI/FNgPUEsDBBQAAAAIAER4hF1SfNZdTwAAAFQAAAARAAAAd29yZC9kb2N1bWVudC54bWwNycENgCAMAMBVDANY4sMHUXchiEBCW9JicHx5Xu4Y7ubwYqS+fFhJ3ThN7r05AA05oteVW6R5Dwv6PikJBsvdhENULZSwwmbtDugLGbh+UEsBAhQDFAAAAAgARHiEXea4dGtcAAAAYgAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACABEeIRdUnzWXU8AAABUAAAAEQAAAAAAAAAAAAAAgAGNAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAACwEAAAAA';

const filesWith = (bytes: Uint8Array) => db.storedFile.count({ where: { sha256: sha256(bytes) } });

async function user(name: string, company?: string): Promise<CurrentUser> {
  const u = await db.user.create({ data: { email: `${name}-${TAG}@employer.example`, name } });
  let companies: CurrentUser['companies'] = [];
  if (company) {
    const c = await db.company.create({
      data: { name: `${company} ${TAG}`, slug: `${company}-${TAG}`, members: { create: { userId: u.id, role: 'owner' } } },
    });
    companies = [{ id: c.id, name: c.name, slug: c.slug, role: 'owner' }];
  }
  return { id: u.id, name, email: u.email, role: 'employer', companies };
}

async function vacancy() {
  return (await insertVacancy(db, { slug: `${TAG}-${randomUUID().slice(0, 6)}`, companyId, title: `Оператор чата ${TAG}`, applyMode: 'form' })).id;
}

async function download(as: CurrentUser | null, applicationId: string) {
  session.user = as;
  return GET(new Request(`http://localhost/api/employer/applications/${applicationId}/cv`), { params: Promise.resolve({ id: applicationId }) });
}

/** Applies with a PDF and returns the application's id. */
async function applyWithPdf(label: string, name = 'Резюме Анны.pdf') {
  const bytes = pdf(label);
  const outcome = await submitApplication(await vacancy(), form({ email: email(label), cvFile: file(bytes, name) }), ctx());
  if (!outcome.ok || !outcome.value.applicationId) throw new Error(`apply failed: ${JSON.stringify(outcome)}`);
  return { id: outcome.value.applicationId, bytes };
}

beforeAll(async () => {
  member = await user('member', 'cv-company');
  companyId = member.companies[0]!.id;
  otherMember = await user('other', 'cv-other-company');
  outsider = await user('outsider');
});

afterAll(async () => {
  // Stored files outlive a deleted application (the retention job sweeps them); this test's go now.
  await db.storedFile.deleteMany({ where: { application: { vacancy: { company: { slug: { contains: TAG } } } } } });
  await db.company.deleteMany({ where: { slug: { contains: TAG } } });
  await db.user.deleteMany({ where: { email: { contains: TAG } } });
  await db.outboxMail.deleteMany({ where: { to: { contains: TAG } } });
  await db.$disconnect();
});

describe('applying with a CV file', () => {
  it('stores a PDF, and the company member downloads the same bytes with safe headers', async () => {
    const { id, bytes } = await applyWithPdf('stored');
    const row = await db.application.findUniqueOrThrow({ where: { id }, include: { cvFile: true } });
    expect(row.cvFileName).toBe('Резюме Анны.pdf');
    expect(row.cvFile).toMatchObject({ purpose: 'cv', backend: 'db', contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) });

    const res = await download(member, id);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('Резюме Анны.pdf')}`,
    );

    // The employer's page knows the file; the candidate's confirmation names it.
    expect((await getApplicationDetail(member, id))?.candidate?.cvFile).toEqual({ name: 'Резюме Анны.pdf', contentType: 'application/pdf', size: bytes.length });
    const [mail] = await db.outboxMail.findMany({ where: { to: email('stored'), kind: 'application-received' } });
    expect(mail?.text).toContain('«Резюме Анны.pdf»');
  });

  it('types a file by its bytes: a DOCX called cv.pdf is stored as a DOCX, under a name that says so', async () => {
    // The smallest Word document this check accepts: [Content_Types].xml and word/document.xml, deflated.
    const docx = Uint8Array.from(Buffer.from(MINIMAL_DOCX, 'base64'));
    const outcome = await submitApplication(await vacancy(), form({ email: email('docx'), cvFile: file(docx, 'cv.pdf') }), ctx());
    expect(outcome.ok).toBe(true);
    const row = await db.application.findFirstOrThrow({ where: { email: email('docx') }, include: { cvFile: true } });
    expect(row.cvFileName).toBe('cv.pdf.docx');
    expect(row.cvFile?.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses an executable named cv.pdf at the field, keeps nothing, and reports the other fields too', async () => {
    const exe = new TextEncoder().encode(`MZ\u0090\u0000This program cannot be run in DOS mode ${TAG}`);
    const outcome = await submitApplication(await vacancy(), form({ email: email('exe'), cvFile: file(exe, 'cv.pdf') }), ctx());
    expect(outcome).toEqual({ ok: false, error: 'invalid', fieldErrors: { cvFile: ['apply.errors.cvFileType'] } });
    expect(await filesWith(exe)).toBe(0);
    expect(await db.application.count({ where: { email: email('exe') } })).toBe(0);

    const both = await submitApplication(await vacancy(), form({ email: 'not-an-email', cvFile: file(exe, 'cv.pdf') }), ctx());
    expect(both).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { email: ['apply.errors.emailInvalid'], cvFile: ['apply.errors.cvFileType'] } });
  });

  it('refuses a file over 5 MB, an empty file and text posing as a file', async () => {
    const big = new Uint8Array(CV_MAX_BYTES + 1);
    big.set(pdf('big'));
    const v = await vacancy();
    expect(await submitApplication(v, form({ email: email('big'), cvFile: file(big, 'cv.pdf') }), ctx())).toEqual({
      ok: false, error: 'invalid', fieldErrors: { cvFile: ['apply.errors.cvFileTooLarge'] },
    });
    expect(await filesWith(big)).toBe(0);
    expect(await submitApplication(v, form({ email: email('empty'), cvFile: file(new Uint8Array(), 'cv.pdf') }), ctx())).toMatchObject({
      fieldErrors: { cvFile: ['apply.errors.cvFileEmpty'] },
    });
    expect(await submitApplication(v, form({ email: email('text'), cvFile: '%PDF-1.4 \u0000'.repeat(1000) }), ctx())).toMatchObject({
      fieldErrors: { cvFile: ['apply.errors.cvFileType'] },
    });
    expect(await db.application.count({ where: { vacancyId: v } })).toBe(0);
  });

  it('takes exactly 5 MB, and treats the nameless empty file of an untouched input as no file', async () => {
    const max = new Uint8Array(CV_MAX_BYTES);
    max.set(pdf('max'));
    const v = await vacancy();
    expect((await submitApplication(v, form({ email: email('max'), cvFile: file(max, 'max.pdf') }), ctx())).ok).toBe(true);
    expect(await filesWith(max)).toBe(1);
    const none = await submitApplication(v, form({ email: email('none'), cvFile: file(new Uint8Array(), '', 'application/octet-stream') }), ctx());
    expect(none.ok).toBe(true);
    expect(await db.application.findFirstOrThrow({ where: { email: email('none') } })).toMatchObject({ cvFileId: null, cvFileName: null });
    // The same input after React re-encodes the form for an action call (with JavaScript).
    const reencoded = await submitApplication(v, form({ email: email('blob'), cvFile: file(new Uint8Array(), 'undefined', 'application/octet-stream') }), ctx());
    expect(reencoded.ok).toBe(true);
  });

  it('keeps no file when the application itself is refused', async () => {
    const v = await vacancy();
    const first = pdf('first');
    expect((await submitApplication(v, form({ email: email('twice'), cvFile: file(first, 'a.pdf') }), ctx())).ok).toBe(true);
    const second = pdf('second');
    expect(await submitApplication(v, form({ email: email('twice'), cvFile: file(second, 'b.pdf') }), ctx())).toEqual({ ok: false, error: 'duplicate' });
    expect(await filesWith(second)).toBe(0);

    await db.vacancy.update({ where: { id: v }, data: { status: 'closed', closedAt: new Date() } });
    const late = pdf('late');
    expect(await submitApplication(v, form({ email: email('late'), cvFile: file(late, 'c.pdf') }), ctx())).toEqual({ ok: false, error: 'notAccepting' });
    expect(await filesWith(late)).toBe(0);
  });
});

describe('downloading a CV', () => {
  let applicationId = '';
  beforeAll(async () => {
    applicationId = (await applyWithPdf('guarded')).id;
  });

  it('is 404 for another company, a member of none, the signed-out, and ids that are not one', async () => {
    for (const who of [otherMember, outsider, null]) {
      const res = await download(who, applicationId);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-disposition')).toBeNull();
    }
    for (const id of ['not-a-uuid', randomUUID(), '../../x', `${applicationId}\u0000`, 'я'.repeat(10_000)]) {
      expect((await download(member, id)).status).toBe(404);
    }
  });

  it('is 404 for an application without a file', async () => {
    const outcome = await submitApplication(await vacancy(), form({ email: email('nofile') }), ctx());
    expect((await download(member, outcome.ok ? outcome.value.applicationId! : '')).status).toBe(404);
  });

  it('still works after a withdrawal (the file goes with the rest of the data at retention)', async () => {
    const { id } = await applyWithPdf('withdrawn');
    const token = /\/applications\/withdraw\/([A-Za-z0-9_-]+)/.exec(
      (await db.outboxMail.findFirstOrThrow({ where: { to: email('withdrawn'), kind: 'application-received' } })).text,
    )?.[1];
    expect((await withdrawApplication(token ?? '')).ok).toBe(true);
    expect((await download(member, id)).status).toBe(200);
  });
});

describe('retention', () => {
  it('erases the file with the rest of the personal data', async () => {
    const { id, bytes } = await applyWithPdf('retention');
    const { cvFileId } = await db.application.findUniqueOrThrow({ where: { id }, select: { cvFileId: true } });
    const { vacancyId } = await db.application.findUniqueOrThrow({ where: { id }, select: { vacancyId: true } });
    await db.vacancy.update({ where: { id: vacancyId }, data: { status: 'closed', closedAt: new Date(Date.now() - 200 * DAY) } });

    const result = await eraseEndedApplications(180);
    expect(result.erased).toBeGreaterThanOrEqual(1);
    expect(result.files).toBeGreaterThanOrEqual(1);
    expect(await db.storedFile.findUnique({ where: { id: cvFileId! } })).toBeNull();
    expect(await filesWith(bytes)).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ cvFileId: null, cvFileName: null, erasedAt: expect.any(Date) });
    expect((await download(member, id)).status).toBe(404);
  });

  it('removes a stored CV no application claimed after a day, not before', async () => {
    const storage = createFileStorage(null);
    const fresh = pdf('unclaimed-fresh');
    const old = pdf('unclaimed-old');
    await storage.put('cv', fresh, 'application/pdf');
    const oldId = await storage.put('cv', old, 'application/pdf');
    await db.storedFile.update({ where: { id: oldId }, data: { createdAt: new Date(Date.now() - 2 * DAY) } });
    await eraseEndedApplications(180);
    expect(await filesWith(fresh)).toBe(1);
    expect(await filesWith(old)).toBe(0);
    await db.storedFile.deleteMany({ where: { sha256: sha256(fresh) } });
  });
});

describe('the local folder backend', () => {
  it('keeps the bytes in a file and the record in stored_files, and refuses changed bytes', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), `${TAG}-`));
    try {
      const storage = createFileStorage(localBlobs(root));
      const bytes = pdf('local');
      const id = await storage.put('cv', bytes, 'application/pdf');
      const row = await db.storedFile.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ backend: 'local', key: `cv/${id}`, data: null, size: bytes.length });
      expect(await storage.get(id)).toEqual({ bytes, contentType: 'application/pdf', size: bytes.length });

      await writeFile(path.join(root, 'cv', id), 'changed');
      expect(await storage.get(id)).toBeNull();

      await storage.delete(id);
      expect(await db.storedFile.findUnique({ where: { id } })).toBeNull();
      await storage.delete(id);
      expect(await storage.get('not-a-uuid')).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
