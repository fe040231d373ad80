import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import {
  addApplicationNote,
  changeApplicationStatus,
  markApplicationViewed,
  updateNoticePreference,
} from '@/lib/applications/pipeline.server';
import {
  countVacancyApplications,
  getApplicationDetail,
  getApplications,
  getApplicationStatusCounts,
  getApplicationsForExport,
  getApplicationVacancyOptions,
  getNoticePreference,
} from '@/lib/applications/queries';
import { createPrismaClient } from '@/lib/db-client';
import type { ApplicationStatus } from '@/lib/vocabularies';
import { actorFor } from '@/tests/support/actors';

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `pipe-${randomUUID().slice(0, 8)}`;
const HOUR = 3_600_000;
const base = Date.now() - 1000 * HOUR;

let owner: CurrentUser;
let stranger: CurrentUser;
let nobody: CurrentUser;
let ruVacancy: string;
let enVacancy: string;
let bulkVacancy: string;
let serial = 0;

async function vacancy(title: string, locale: 'ru' | 'en') {
  const v = await db.vacancy.create({
    data: {
      slug: `${TAG}-${randomUUID().slice(0, 6)}`, companyId: owner.companies[0]!.id, title: `${title} ${TAG}`, locale,
      description: 'Текст вакансии.', industry: 'ecommerce', schedule: 'shift', employment: 'full', experience: 'noExperience', contractTypes: ['employment'],
      status: 'published', publishedAt: new Date(base), expiresAt: new Date(Date.now() + 20 * 24 * HOUR),
    },
    select: { id: true },
  });
  return v.id;
}

type AppPatch = { name?: string; cover?: string; status?: ApplicationStatus; erased?: boolean; withdrawn?: boolean };

async function application(vacancyId: string, patch: AppPatch = {}) {
  serial += 1;
  const a = await db.application.create({
    data: {
      vacancyId, name: patch.name ?? `Кандидат ${serial}`, email: `cand-${serial}-${TAG}@mail.example`, phone: '+7 (912) 345-67-89',
      telegram: '@cand_user', languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }, { junk: 1 }],
      experience: 'between1And3', preferredShifts: 'ночные', coverMessage: patch.cover ?? 'Готов к сменам 2/2.', cvUrl: 'https://cv.example/me.pdf',
      consentAt: new Date(base), consentVersion: '2026-11', status: patch.status ?? 'new',
      withdrawnAt: patch.withdrawn ? new Date() : null, erasedAt: patch.erased ? new Date() : null,
      createdAt: new Date(base + serial * HOUR),
    },
    select: { id: true, email: true },
  });
  return a;
}

const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const mailsTo = (to: string) => db.outboxMail.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  owner = await actorFor(db, 'employer1@chatshift.example');
  stranger = await actorFor(db, 'employer2@chatshift.example');
  const lonely = await db.user.create({ data: { email: `nobody-${TAG}@test.example`, name: 'Nobody' } });
  nobody = { id: lonely.id, name: lonely.name, email: lonely.email, role: 'employer', companies: [] };
  expect(owner.companies[0]?.id).not.toBe(stranger.companies[0]?.id);
  ruVacancy = await vacancy('Оператор чата', 'ru');
  enVacancy = await vacancy('Chat agent', 'en');
  bulkVacancy = await vacancy('Много откликов', 'ru');
});

afterAll(async () => {
  await db.outboxMail.deleteMany({ where: { to: { contains: TAG } } });
  await db.vacancy.deleteMany({ where: { slug: { startsWith: TAG } } });
  await db.user.deleteMany({ where: { email: { contains: TAG } } });
  await db.$disconnect();
});

describe('list, filters, search and pages', () => {
  it('pages 25 at a time, newest first, with the total; a page past the end shows the last one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await application(bulkVacancy, { status: i % 3 === 0 ? 'shortlisted' : 'new' })).id);
    const first = await getApplications(owner, { status: [], vacancy: bulkVacancy, page: 1 });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.items.map((i) => i.id)).toEqual(ids.slice().reverse().slice(0, 25));
    expect(first.items[0]).toMatchObject({ vacancyId: bulkVacancy, vacancyTitle: expect.stringContaining(TAG), status: 'new', erased: false });
    const last = await getApplications(owner, { status: [], vacancy: bulkVacancy, page: 99 });
    expect(last.page).toBe(2);
    expect(last.items.map((i) => i.id)).toEqual(ids.slice(0, 5).reverse());
  });

  it('filters by several statuses and counts each status for the chips', async () => {
    const shortlisted = await getApplications(owner, { status: ['shortlisted'], vacancy: bulkVacancy });
    expect(shortlisted.total).toBe(10);
    expect((await getApplications(owner, { status: ['shortlisted', 'new'], vacancy: bulkVacancy })).total).toBe(30);
    expect((await getApplications(owner, { status: ['hired'], vacancy: bulkVacancy })).total).toBe(0);
    const counts = await getApplicationStatusCounts(owner, { vacancy: bulkVacancy, status: ['hired'] });
    expect(counts).toMatchObject({ all: 30, new: 20, shortlisted: 10, hired: 0, withdrawn: 0 });
  });

  it('searches name, email and cover letter, with % and _ taken literally', async () => {
    const anna = await application(ruVacancy, { name: `Анна Смирнова ${TAG}`, cover: 'Скорость печати 100% по тесту' });
    const other = await application(ruVacancy, { name: 'Пётр', cover: 'Скорость печати 1000 знаков' });
    const find = async (q: string) => (await getApplications(owner, { status: [], vacancy: ruVacancy, q })).items.map((i) => i.id);
    expect(await find('анна смирнова')).toEqual([anna.id]);
    expect(await find(anna.email.toUpperCase())).toEqual([anna.id]);
    expect(await find('100%')).toEqual([anna.id]);
    expect(await find('печати 10_0')).toEqual([]);
    expect(await find('скорость печати')).toEqual(expect.arrayContaining([anna.id, other.id]));
    expect((await getApplicationStatusCounts(owner, { vacancy: ruVacancy, q: 'анна смирнова' })).all).toBe(1);
  });

  it('offers the vacancies with applications (and the selected one) for the select', async () => {
    const empty = await vacancy('Без откликов', 'ru');
    const options = await getApplicationVacancyOptions(owner);
    expect(options.find((o) => o.id === bulkVacancy)?.applications).toBe(30);
    expect(options.map((o) => o.id)).not.toContain(empty);
    expect((await getApplicationVacancyOptions(owner, empty)).map((o) => o.id)).toContain(empty);
    expect(await countVacancyApplications(owner, bulkVacancy)).toBe(30);
    expect(await countVacancyApplications(owner, empty)).toBe(0);
  });
});

describe('detail', () => {
  it('has every candidate field, the vacancy and the notes with their authors', async () => {
    const a = await application(ruVacancy);
    expect(await addApplicationNote(owner, a.id, { body: 'Позвонить в четверг' })).toMatchObject({ ok: true });
    const detail = await getApplicationDetail(owner, a.id);
    expect(detail).toMatchObject({
      id: a.id, status: 'new', erasedAt: null,
      vacancy: { id: ruVacancy, title: expect.stringContaining(TAG), locale: 'ru', companyName: owner.companies[0]!.name },
      candidate: {
        email: a.email, phone: '+7 (912) 345-67-89', telegram: '@cand_user', experience: 'between1And3', preferredShifts: 'ночные',
        cvUrl: 'https://cv.example/me.pdf', consentVersion: '2026-11',
        languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }],
      },
      notes: [{ body: 'Позвонить в четверг', authorName: owner.name }],
    });
  });

  it('shows an erased application without any personal data, in the list and the export too', async () => {
    const erased = await application(enVacancy, { erased: true, name: `Erased Person ${TAG}`, status: 'rejected' });
    const detail = await getApplicationDetail(owner, erased.id);
    expect(detail?.candidate).toBeNull();
    expect(detail?.erasedAt).toBeInstanceOf(Date);
    const row = (await getApplications(owner, { status: [], vacancy: enVacancy })).items.find((i) => i.id === erased.id);
    expect(row).toMatchObject({ erased: true, name: null, email: null });
    expect((await getApplications(owner, { status: [], vacancy: enVacancy, q: 'Erased Person' })).total).toBe(0);
    const exported = (await getApplicationsForExport(owner, { vacancy: enVacancy }))!.find((r) => r.id === erased.id);
    expect(exported).toMatchObject({ name: null, email: null, phone: null, telegram: null, coverMessage: null, cvUrl: null, languages: [] });
    expect(await changeApplicationStatus(owner, erased.id, { status: 'viewed' })).toEqual({ ok: false, error: 'erased' });
    expect(await addApplicationNote(owner, erased.id, { body: 'x' })).toEqual({ ok: false, error: 'erased' });
  });
});

describe('status changes', () => {
  it('opening marks new as viewed, once', async () => {
    const a = await application(ruVacancy);
    expect(await markApplicationViewed(owner, a.id)).toBe(true);
    expect(await markApplicationViewed(owner, a.id)).toBe(false);
    expect(await statusOf(a.id)).toBe('viewed');
  });

  it('follows the pipeline and refuses what it does not allow', async () => {
    const a = await application(ruVacancy);
    expect(await changeApplicationStatus(owner, a.id, { status: 'shortlisted' })).toEqual({ ok: true, value: { status: 'shortlisted', mailed: false } });
    expect(await changeApplicationStatus(owner, a.id, { status: 'hired' })).toEqual({ ok: false, error: 'notAllowed' });
    expect(await changeApplicationStatus(owner, a.id, { status: 'viewed' })).toMatchObject({ ok: true });
    expect(await changeApplicationStatus(owner, a.id, { status: 'invited' })).toMatchObject({ ok: true });
    expect(await changeApplicationStatus(owner, a.id, { status: 'hired' })).toMatchObject({ ok: true });
    expect(await changeApplicationStatus(owner, a.id, { status: 'rejected' })).toEqual({ ok: false, error: 'notAllowed' });
    expect(await statusOf(a.id)).toBe('hired');
    expect(await mailsTo(a.email)).toEqual([]);
  });

  it('refuses the employer-only statuses and bad input with field errors', async () => {
    const a = await application(ruVacancy);
    for (const input of [{ status: 'new' }, { status: 'withdrawn' }, { status: 'bogus' }, {}, null, 'invited']) {
      expect(await changeApplicationStatus(owner, a.id, input)).toMatchObject({ ok: false, error: 'invalid', fieldErrors: expect.any(Object) });
    }
    expect(await changeApplicationStatus(owner, a.id, { status: 'invited', sendMail: 'on', message: '   ' })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { message: ['applications.errors.messageRequired'] },
    });
    expect(await statusOf(a.id)).toBe('new');
  });

  it('leaves a withdrawn application alone', async () => {
    const a = await application(ruVacancy, { status: 'withdrawn', withdrawn: true });
    for (const status of ['viewed', 'rejected', 'invited']) {
      expect(await changeApplicationStatus(owner, a.id, { status })).toEqual({ ok: false, error: 'withdrawn' });
    }
    expect(await markApplicationViewed(owner, a.id)).toBe(false);
    expect(await addApplicationNote(owner, a.id, { body: 'Поздно' })).toEqual({ ok: false, error: 'withdrawn' });
    expect(await statusOf(a.id)).toBe('withdrawn');
  });

  it('lets only one of two simultaneous invitations through, so the candidate gets one mail', async () => {
    const a = await application(ruVacancy, { status: 'viewed' });
    const invite = { status: 'invited', sendMail: 'on', message: 'Приглашаем!' };
    const results = await Promise.all([changeApplicationStatus(owner, a.id, invite), changeApplicationStatus(owner, a.id, invite)]);
    // Whichever comes second is refused: by the rules if it read the new status, by the conditional update if not.
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && (r.error === 'stale' || r.error === 'notAllowed'))).toHaveLength(1);
    expect(await mailsTo(a.email)).toHaveLength(1);
  });
});

describe('mail on invite and reject', () => {
  it('sends the edited text on invite, in the vacancy language, with the fixed footer', async () => {
    const a = await application(ruVacancy, { status: 'viewed' });
    const text = 'Здравствуйте! Приглашаем на собеседование в пятницу.';
    expect(await changeApplicationStatus(owner, a.id, { status: 'invited', sendMail: 'on', message: text })).toEqual({
      ok: true, value: { status: 'invited', mailed: true },
    });
    const [mail, ...rest] = await mailsTo(a.email);
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({ kind: 'application-invited', subject: expect.stringContaining('Приглашение на собеседование') });
    expect(mail!.subject).toContain(TAG);
    expect(mail!.text.startsWith(text)).toBe(true);
    expect(mail!.text).toContain('через ChatShift');
  });

  it('writes in English for an English vacancy, and only when the box is ticked', async () => {
    const quiet = await application(enVacancy);
    await changeApplicationStatus(owner, quiet.id, { status: 'rejected', message: 'Not sent' });
    expect(await mailsTo(quiet.email)).toEqual([]);
    const a = await application(enVacancy);
    expect(await changeApplicationStatus(owner, a.id, { status: 'rejected', sendMail: 'on', message: 'Thank you, but no.' })).toMatchObject({ ok: true });
    const [mail] = await mailsTo(a.email);
    expect(mail).toMatchObject({ kind: 'application-rejected', subject: expect.stringMatching(/^Your application for/) });
    expect(mail!.text).toContain('through ChatShift');
  });

  it('never mails on other moves even when asked', async () => {
    const a = await application(ruVacancy);
    expect(await changeApplicationStatus(owner, a.id, { status: 'shortlisted', sendMail: 'on', message: 'Привет' })).toEqual({
      ok: true, value: { status: 'shortlisted', mailed: false },
    });
    expect(await mailsTo(a.email)).toEqual([]);
  });
});

describe('notes', () => {
  it('are 1–2000 characters', async () => {
    const a = await application(ruVacancy);
    expect(await addApplicationNote(owner, a.id, { body: '  ' })).toEqual({ ok: false, error: 'invalid', fieldErrors: { body: ['applications.errors.noteRequired'] } });
    expect(await addApplicationNote(owner, a.id, { body: 'x'.repeat(2001) })).toEqual({ ok: false, error: 'invalid', fieldErrors: { body: ['applications.errors.noteTooLong'] } });
    expect(await addApplicationNote(owner, a.id, { body: 'x'.repeat(2000) })).toMatchObject({ ok: true });
  });
});

describe('authorization', () => {
  const outsiders = () => [['another company', stranger], ['no company', nobody]] as const;

  it.each([0, 1])('an outsider (%#) cannot list, read, export, change or annotate', async (which) => {
    const [, actor] = outsiders()[which]!;
    const a = await application(ruVacancy, { name: `Секрет ${TAG}` });
    expect((await getApplications(actor, { status: [], q: TAG })).items).toEqual([]);
    expect((await getApplications(actor, { status: [], vacancy: ruVacancy })).total).toBe(0);
    expect((await getApplicationStatusCounts(actor, { vacancy: ruVacancy })).all).toBe(0);
    expect((await getApplicationVacancyOptions(actor, ruVacancy)).map((o) => o.id)).not.toContain(ruVacancy);
    expect(await countVacancyApplications(actor, ruVacancy)).toBeNull();
    expect(await getApplicationDetail(actor, a.id)).toBeNull();
    expect(await getApplicationsForExport(actor, { vacancy: ruVacancy })).toBeNull();
    const everything = await getApplicationsForExport(actor, {});
    expect((everything ?? []).map((r) => r.id)).not.toContain(a.id);
    expect(await changeApplicationStatus(actor, a.id, { status: 'rejected', sendMail: 'on', message: 'Нет' })).toEqual({ ok: false, error: 'notFound' });
    expect(await addApplicationNote(actor, a.id, { body: 'Чужая заметка' })).toEqual({ ok: false, error: 'notFound' });
    expect(await markApplicationViewed(actor, a.id)).toBe(false);
    expect(await statusOf(a.id)).toBe('new');
    expect(await db.applicationNote.count({ where: { applicationId: a.id } })).toBe(0);
    expect(await mailsTo(a.email)).toEqual([]);
    // The owner's company still sees it, so the refusals above are about the actor, not the row.
    expect((await getApplicationDetail(owner, a.id))?.candidate?.name).toBe(`Секрет ${TAG}`);
  });

  it('an actor with no company gets no export at all; another company only its own rows', async () => {
    expect(await getApplicationsForExport(nobody, {})).toBeNull();
    const theirs = await getApplicationsForExport(stranger, {});
    const ownVacancies = await db.vacancy.findMany({ where: { companyId: owner.companies[0]!.id }, select: { id: true } });
    const own = new Set(ownVacancies.map((v) => v.id));
    expect(theirs!.some((r) => own.has(r.vacancyId))).toBe(false);
  });

  it('guessed and malformed ids find nothing', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', '', "' OR 1=1 --"]) {
      expect(await getApplicationDetail(owner, id)).toBeNull();
      expect(await changeApplicationStatus(owner, id, { status: 'viewed' })).toEqual({ ok: false, error: 'notFound' });
      expect(await addApplicationNote(owner, id, { body: 'x' })).toEqual({ ok: false, error: 'notFound' });
      expect(await markApplicationViewed(owner, id)).toBe(false);
      expect(await countVacancyApplications(owner, id)).toBeNull();
    }
    expect(await getApplicationsForExport(owner, { vacancy: randomUUID() })).toBeNull();
    expect((await getApplications(owner, { status: [], vacancy: randomUUID() })).total).toBe(0);
  });
});

describe('notice preference', () => {
  it("changes the actor's own setting only", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: stranger.id }, select: { applicationNotices: true } });
    expect(await updateNoticePreference(owner, 'daily')).toEqual({ ok: true, value: { mode: 'daily' } });
    expect(await getNoticePreference(owner)).toBe('daily');
    expect(await updateNoticePreference(owner, { mode: 'weekly' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await updateNoticePreference(owner, { mode: 'immediate', id: stranger.id })).toMatchObject({ ok: true });
    expect(await getNoticePreference(owner)).toBe('immediate');
    expect((await db.user.findUniqueOrThrow({ where: { id: stranger.id }, select: { applicationNotices: true } })).applicationNotices).toBe(before.applicationNotices);
    expect(await updateNoticePreference({ id: randomUUID() }, 'daily')).toEqual({ ok: false, error: 'notFound' });
  });
});
