import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/accounts/queries';
import { applicationsCsv } from '@/lib/applications/export-csv';
import { changeApplicationStatuses, moveApplication } from '@/lib/applications/pipeline.server';
import { getApplicationBoard, getApplicationNeighbours, getApplicationsForExport, BOARD_COLUMN_LIMIT } from '@/lib/applications/queries';
import { createPrismaClient } from '@/lib/db-client';
import type { ApplicationStatus } from '@/lib/vocabularies';
import { actorFor } from '@/tests/support/actors';

// The pipeline beyond one application: the board, bulk moves, next/previous under the list's filters, and
// the CSV exports in people's language. The export routes ask Auth.js who is calling; here the test says so.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/accounts/queries', () => ({ getCurrentUser: async () => session.user }));
const applicationsExport = await import('@/app/api/employer/applications/export/route');
const vacanciesExport = await import('@/app/api/employer/vacancies/export/route');

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `board-${randomUUID().slice(0, 8)}`;
const HOUR = 3_600_000;
// 2026-11-30 21:30 UTC is 2026-12-01 00:30 in Moscow: a day boundary the export must cross.
const BASE = Date.UTC(2026, 10, 30, 21, 30);

let owner: CurrentUser;
let stranger: CurrentUser;
let nobody: CurrentUser;
let serial = 0;

async function vacancy(title: string, actor: CurrentUser = owner) {
  const v = await db.vacancy.create({
    data: {
      slug: `${TAG}-${randomUUID().slice(0, 6)}`, companyId: actor.companies[0]!.id, title: `${title} ${TAG}`, locale: 'ru',
      description: 'Текст вакансии.', industry: 'ecommerce', schedule: 'shift', employment: 'part', experience: 'between1And3',
      shiftPattern: '2/2', nightShifts: true, contractTypes: ['employment'], status: 'published', publishedAt: new Date(BASE), expiresAt: new Date(BASE + 30 * 24 * HOUR),
      languages: { create: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }] },
    },
    select: { id: true },
  });
  return v.id;
}

type Patch = { name?: string; status?: ApplicationStatus; at?: number; cover?: string; erased?: boolean };

async function application(vacancyId: string, patch: Patch = {}) {
  serial += 1;
  return db.application.create({
    data: {
      vacancyId, name: patch.name ?? `Кандидат ${serial} ${TAG}`, email: `cand-${serial}-${TAG}@mail.example`, phone: '+7 912 345-67-89',
      languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'native' }], experience: 'between3And6',
      preferredShifts: 'ночные', coverMessage: patch.cover ?? 'Готова к сменам 2/2.', consentAt: new Date(BASE), consentVersion: '2026-11',
      status: patch.status ?? 'new', createdAt: new Date(patch.at ?? BASE + serial * HOUR), erasedAt: patch.erased ? new Date() : null,
    },
    select: { id: true, email: true },
  });
}

const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const eventsOf = (id: string) => db.applicationStatusEvent.findMany({ where: { applicationId: id }, select: { fromStatus: true, toStatus: true, actorId: true } });
const mailsTo = (to: string) => db.outboxMail.findMany({ where: { to }, select: { kind: true, subject: true, text: true } });

beforeAll(async () => {
  owner = await actorFor(db, 'employer1@chatshift.example');
  stranger = await actorFor(db, 'employer2@chatshift.example');
  const lonely = await db.user.create({ data: { email: `nobody-${TAG}@test.example`, name: 'Nobody' } });
  nobody = { id: lonely.id, name: lonely.name, email: lonely.email, role: 'employer', companies: [] };
});

afterAll(async () => {
  await db.outboxMail.deleteMany({ where: { to: { contains: TAG } } });
  await db.vacancy.deleteMany({ where: { slug: { startsWith: TAG } } });
  await db.user.deleteMany({ where: { email: { contains: TAG } } });
  await db.$disconnect();
});

describe('board', () => {
  it('has a column per status with its newest cards and total, under the list filters', async () => {
    const v = await vacancy('Доска');
    const fresh = await application(v, { status: 'new' });
    const older = await application(v, { status: 'shortlisted', at: BASE - HOUR });
    const newer = await application(v, { status: 'shortlisted' });
    const gone = await application(v, { status: 'withdrawn' });
    const columns = await getApplicationBoard(owner, { status: [], vacancy: v });
    expect(columns.map((c) => c.status)).toEqual(['new', 'viewed', 'shortlisted', 'invited', 'hired', 'rejected', 'withdrawn']);
    const by = Object.fromEntries(columns.map((c) => [c.status, c]));
    expect(by.new).toMatchObject({ total: 1, cards: [{ id: fresh.id, unread: true, vacancyTitle: `Доска ${TAG}` }] });
    expect(by.shortlisted!.cards.map((c) => [c.id, c.unread])).toEqual([[newer.id, false], [older.id, false]]);
    expect(by.withdrawn!.cards.map((c) => c.id)).toEqual([gone.id]);
    expect(by.hired).toEqual({ status: 'hired', total: 0, cards: [] });

    const filtered = await getApplicationBoard(owner, { status: ['shortlisted', 'new'], vacancy: v, q: 'Кандидат' });
    expect(filtered.map((c) => c.status)).toEqual(['new', 'shortlisted']);
  });

  it(`shows at most ${BOARD_COLUMN_LIMIT} cards a column, with the true total`, async () => {
    const v = await vacancy('Много');
    for (let i = 0; i < BOARD_COLUMN_LIMIT + 3; i++) await application(v, { status: 'viewed' });
    const [viewed] = await getApplicationBoard(owner, { status: ['viewed'], vacancy: v });
    expect(viewed!.total).toBe(BOARD_COLUMN_LIMIT + 3);
    expect(viewed!.cards).toHaveLength(BOARD_COLUMN_LIMIT);
  });

  it('shows another company nothing of ours, and a company-less actor empty columns', async () => {
    const v = await vacancy('Чужая доска');
    await application(v);
    for (const actor of [stranger, nobody]) {
      const columns = await getApplicationBoard(actor, { status: [], vacancy: v });
      expect(columns.every((c) => c.total === 0 && c.cards.length === 0)).toBe(true);
    }
  });

  it('moves a card by the pipeline rules, with history and the standard letter when asked', async () => {
    const v = await vacancy('Перемещения');
    const a = await application(v, { name: `Анна Петрова ${TAG}` });
    expect(await moveApplication(owner, a.id, { status: 'shortlisted' })).toEqual({
      ok: true, value: { status: 'shortlisted', mailed: false, name: `Анна Петрова ${TAG}` },
    });
    expect(await moveApplication(owner, a.id, { status: 'hired' })).toEqual({ ok: false, error: 'notAllowed' });
    expect(await moveApplication(owner, a.id, { status: 'invited', sendMail: 'on' })).toMatchObject({ ok: true, value: { mailed: true } });
    expect(await statusOf(a.id)).toBe('invited');
    expect(await eventsOf(a.id)).toEqual([
      { fromStatus: 'new', toStatus: 'shortlisted', actorId: owner.id },
      { fromStatus: 'shortlisted', toStatus: 'invited', actorId: owner.id },
    ]);
    const [mail] = await mailsTo(a.email);
    expect(mail).toMatchObject({ kind: 'application-invited', subject: expect.stringContaining(`Перемещения ${TAG}`) });
    // The standard text of the application page, with the candidate's name in it.
    expect(mail!.text).toContain(`Здравствуйте, Анна Петрова ${TAG}!`);
    expect(await moveApplication(owner, a.id, { status: 'new' })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it("refuses another company's or an unknown application as not found, and leaves it alone", async () => {
    const v = await vacancy('Не трогать');
    const a = await application(v);
    for (const actor of [stranger, nobody]) {
      expect(await moveApplication(actor, a.id, { status: 'rejected', sendMail: 'on' })).toEqual({ ok: false, error: 'notFound' });
    }
    expect(await moveApplication(owner, randomUUID(), { status: 'viewed' })).toEqual({ ok: false, error: 'notFound' });
    expect(await moveApplication(owner, 'not-a-uuid', { status: 'viewed' })).toEqual({ ok: false, error: 'notFound' });
    expect(await statusOf(a.id)).toBe('new');
    expect(await mailsTo(a.email)).toEqual([]);
  });
});

describe('bulk status change', () => {
  it('moves the allowed ones and reports each refusal with its reason', async () => {
    const v = await vacancy('Массово');
    const fresh = await application(v, { name: `Первая ${TAG}` });
    const viewed = await application(v, { status: 'viewed', name: `Вторая ${TAG}` });
    const rejected = await application(v, { status: 'rejected', name: `Третья ${TAG}` });
    const withdrawn = await application(v, { status: 'withdrawn', name: `Четвёртая ${TAG}` });
    const theirs = await application(await vacancy('Чужая', stranger), { name: `Чужой ${TAG}` });
    const outcome = await changeApplicationStatuses(owner, {
      ids: [fresh.id, viewed.id, rejected.id, withdrawn.id, theirs.id, fresh.id], status: 'invited',
    });
    expect(outcome).toEqual({
      ok: true,
      value: {
        status: 'invited',
        moved: [{ id: fresh.id, name: `Первая ${TAG}` }, { id: viewed.id, name: `Вторая ${TAG}` }],
        failed: [
          { id: rejected.id, name: `Третья ${TAG}`, from: 'rejected', error: 'notAllowed' },
          { id: withdrawn.id, name: `Четвёртая ${TAG}`, from: 'withdrawn', error: 'withdrawn' },
          // Another company's application is unknown to this actor: no name, no status.
          { id: theirs.id, name: null, from: null, error: 'notFound' },
        ],
      },
    });
    expect(await Promise.all([fresh, viewed, rejected, withdrawn, theirs].map((a) => statusOf(a.id)))).toEqual([
      'invited', 'invited', 'rejected', 'withdrawn', 'new',
    ]);
    expect(await eventsOf(fresh.id)).toEqual([{ fromStatus: 'new', toStatus: 'invited', actorId: owner.id }]);
    expect(await eventsOf(rejected.id)).toEqual([]);
    // No mail unless asked.
    expect(await mailsTo(fresh.email)).toEqual([]);
  });

  it('sends each candidate the standard letter when asked, in the vacancy language', async () => {
    const v = await vacancy('Отказы');
    const a = await application(v, { name: `Ольга ${TAG}` });
    const b = await application(v, { name: `Пётр ${TAG}` });
    const outcome = await changeApplicationStatuses(owner, { ids: [a.id, b.id], status: 'rejected', sendMail: 'on' });
    expect(outcome.ok && outcome.value.moved).toHaveLength(2);
    for (const [app, name] of [[a, `Ольга ${TAG}`], [b, `Пётр ${TAG}`]] as const) {
      const mails = await mailsTo(app.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ kind: 'application-rejected', text: expect.stringContaining(`Здравствуйте, ${name}!`) });
    }
  });

  it('refuses an empty selection, a bad status and too many ids with field errors', async () => {
    expect(await changeApplicationStatuses(owner, { status: 'viewed' })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { ids: ['applications.errors.noneSelected'] },
    });
    expect(await changeApplicationStatuses(owner, { ids: randomUUID(), status: 'withdrawn' })).toEqual({
      ok: false, error: 'invalid', fieldErrors: { status: ['applications.errors.status'] },
    });
    const many = Array.from({ length: 101 }, () => randomUUID());
    expect(await changeApplicationStatuses(owner, { ids: many, status: 'viewed' })).toMatchObject({
      ok: false, fieldErrors: { ids: ['applications.errors.tooMany'] },
    });
  });

  it('moves nothing for another company or a company-less actor', async () => {
    const v = await vacancy('Не ваше');
    const a = await application(v);
    for (const actor of [stranger, nobody]) {
      expect(await changeApplicationStatuses(actor, { ids: [a.id], status: 'rejected', sendMail: 'on' })).toEqual({
        ok: true, value: { status: 'rejected', moved: [], failed: [{ id: a.id, name: null, from: null, error: 'notFound' }] },
      });
    }
    expect(await statusOf(a.id)).toBe('new');
    expect(await mailsTo(a.email)).toEqual([]);
  });
});

describe('next and previous', () => {
  it('walk the list newest first under its filters, ties broken like the list', async () => {
    const v = await vacancy('Соседи');
    const other = await vacancy('Другая');
    const t = BASE + 500 * HOUR;
    const oldest = await application(v, { at: t });
    const skipped = await application(v, { at: t + HOUR, status: 'rejected' });
    const middle = await application(v, { at: t + 2 * HOUR });
    const elsewhere = await application(other, { at: t + 3 * HOUR });
    const newest = await application(v, { at: t + 4 * HOUR });
    const filters = { status: ['new'] as ApplicationStatus[], vacancy: v };

    expect(await getApplicationNeighbours(owner, middle.id, filters)).toEqual({ previous: newest.id, next: oldest.id, position: 2, total: 3 });
    expect(await getApplicationNeighbours(owner, newest.id, filters)).toEqual({ previous: null, next: middle.id, position: 1, total: 3 });
    expect(await getApplicationNeighbours(owner, oldest.id, filters)).toEqual({ previous: middle.id, next: null, position: 3, total: 3 });
    // Without the status filter the rejected one is in between; without the vacancy filter so is the other vacancy's.
    expect(await getApplicationNeighbours(owner, middle.id, { status: [], vacancy: v })).toMatchObject({ next: skipped.id, position: 2, total: 4 });
    const everything = await getApplicationNeighbours(owner, middle.id, { status: [] });
    expect(everything?.previous).toBe(elsewhere.id);

    // An application that left the filter (opening it marked it viewed) still has neighbours, but no place.
    await db.application.update({ where: { id: middle.id }, data: { status: 'viewed' } });
    expect(await getApplicationNeighbours(owner, middle.id, filters)).toEqual({ previous: newest.id, next: oldest.id, position: null, total: 2 });

    // Two applications in the same microsecond are ordered by id, as the list orders them.
    const twinAt = t - 10 * HOUR;
    const [x, y] = [await application(v, { at: twinAt }), await application(v, { at: twinAt })];
    const [first, second] = [x.id, y.id].sort().reverse();
    expect(await getApplicationNeighbours(owner, first!, filters)).toMatchObject({ next: second });
    expect(await getApplicationNeighbours(owner, second!, filters)).toMatchObject({ previous: first });
  });

  it('tell another company, a company-less actor and a bad id nothing', async () => {
    const v = await vacancy('Тайна');
    const a = await application(v);
    expect(await getApplicationNeighbours(stranger, a.id, { status: [] })).toBeNull();
    expect(await getApplicationNeighbours(nobody, a.id, { status: [] })).toBeNull();
    expect(await getApplicationNeighbours(owner, 'x', { status: [] })).toBeNull();
    expect(await getApplicationNeighbours(owner, randomUUID(), { status: [] })).toBeNull();
  });
});

const BOM = '\uFEFF';
const lines = (csv: string) => csv.replace(BOM, '').split('\r\n').filter(Boolean);

// ignoreBOM keeps the BOM in the text, so the tests see it is there.
const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** The file's records as cells (`;` between, `"` quoting), as a spreadsheet reads them; checks the BOM. */
function records(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.slice(BOM.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return out;
}

describe('CSV in people\u2019s language', () => {
  it('writes Russian headers, statuses and vocabulary, Moscow times, and defuses formulas', async () => {
    const v = await vacancy('Экспорт');
    await application(v, { name: '=HYPERLINK("http://evil.example")', status: 'shortlisted', at: BASE, cover: '+7 это не формула' });
    await application(v, { name: `Ирина ${TAG}`, status: 'rejected', at: BASE + 2 * HOUR, erased: true });
    const rows = await getApplicationsForExport(owner, { vacancy: v });
    const csv = applicationsCsv(rows!, 'ru');
    const [header, second, cells] = records(csv);
    expect(lines(csv)[0]).toBe(
      'Дата отклика (МСК);Статус;Вакансия;Имя;Почта;Телефон;Telegram;Языки;Опыт;Удобные смены;Сопроводительное письмо;Ссылка на резюме;Данные удалены;Отклик на ChatShift',
    );
    expect(header).toHaveLength(14);
    expect(cells!.slice(0, 2)).toEqual(['2026-12-01 00:30', 'Отобран']);
    // A formula in a name is text with a leading apostrophe, in the file and in the cell.
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
    expect(cells![3]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(cells![5]).toBe("'+7 912 345-67-89");
    expect(cells![7]).toBe('Английский — C1, продвинутый; Русский — родной');
    expect(cells![8]).toBe('От 3 до 6 лет');
    expect(cells![10]).toBe("'+7 это не формула");
    expect(cells![13]).toMatch(/\/employer\/applications\/[0-9a-f-]{36}$/);
    // The erased one: its status and time, nothing personal.
    expect(second!.slice(0, 5)).toEqual(['2026-12-01 02:30', 'Отказ', `Экспорт ${TAG}`, '', '']);
    expect(second![12]).toBe('да');
  });

  it('writes English for an English export', async () => {
    const v = await vacancy('Export');
    await application(v, { status: 'invited', at: BASE });
    const [header, cells] = records(applicationsCsv((await getApplicationsForExport(owner, { vacancy: v }))!, 'en'));
    expect(header!.slice(0, 4)).toEqual(['Applied (Moscow time)', 'Status', 'Vacancy', 'Name']);
    expect(cells!.slice(0, 2)).toEqual(['2026-12-01 00:30', 'Invited']);
    expect(cells![7]).toBe('English — C1, advanced; Russian — native');
    expect(cells![8]).toBe('3–6 years');
    expect(cells![13]).toMatch(/\/en\/employer\/applications\//);
  });

  it('the applications route answers in the requested language, 400 for a bad one, 401/404 for outsiders', async () => {
    const v = await vacancy('Маршрут');
    await application(v, { status: 'hired' });
    const get = (query: string) => applicationsExport.GET(new Request(`http://localhost/api/employer/applications/export?${query}`));

    session.user = owner;
    const ru = await get(`vacancy=${v}&lang=ru`);
    expect(ru.status).toBe(200);
    expect(ru.headers.get('content-disposition')).toContain('otkliki.csv');
    const ruText = decode(await ru.arrayBuffer());
    expect(lines(ruText)[0]!.startsWith('Дата отклика (МСК);Статус')).toBe(true);
    expect(lines(ruText)[1]).toContain(';Принят на работу;');
    // Without `lang`: the site's default language.
    expect(lines(decode(await (await get(`vacancy=${v}`)).arrayBuffer()))[0]).toContain('Дата отклика (МСК)');
    const en = await get(`vacancy=${v}&lang=en`);
    expect(lines(decode(await en.arrayBuffer()))[1]).toContain(';Hired;');
    const bad = await get(`vacancy=${v}&lang=de`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid', details: [{ param: 'lang', message: 'applications.errors.lang' }] });

    session.user = stranger;
    expect((await get(`vacancy=${v}&lang=ru`)).status).toBe(404);
    const theirs = decode(await (await get('lang=ru')).arrayBuffer());
    expect(theirs).not.toContain(`Маршрут ${TAG}`);
    session.user = nobody;
    expect((await get('lang=ru')).status).toBe(404);
    session.user = null;
    expect((await get('lang=ru')).status).toBe(401);
  });

  it('the vacancies route writes labels and Moscow times, and only the actor\u2019s own vacancies', async () => {
    const v = await vacancy('Вакансия для выгрузки');
    const get = (query: string) => vacanciesExport.GET(new Request(`http://localhost/api/employer/vacancies/export?${query}`));
    session.user = owner;
    const text = decode(await (await get(`q=${encodeURIComponent('Вакансия для выгрузки')}&lang=ru`)).arrayBuffer());
    const [, row] = records(text);
    expect(lines(text)[0]).toBe(
      'Вакансия;Статус;Правка на модерации;Опубликована (МСК);Действует до (МСК);График;Смены;Ночные смены;Занятость;Опыт;Языки поддержки;' +
        'Просмотры за 30 дней;Клики «Откликнуться» за 30 дней;Отклики за 30 дней;Ссылка',
    );
    expect(row!.slice(0, 11)).toEqual([
      `Вакансия для выгрузки ${TAG}`, 'Опубликована', '', '2026-12-01 00:30', '2026-12-31 00:30', 'Сменный график', '2/2', 'да',
      'Частичная занятость', 'От 1 года до 3 лет', 'Английский — B2, выше среднего; Русский — родной',
    ]);
    const en = decode(await (await get(`q=${encodeURIComponent('Вакансия для выгрузки')}&lang=en`)).arrayBuffer());
    expect(lines(en)[1]).toContain(';Published;');
    expect((await get('lang=xx')).status).toBe(400);

    session.user = stranger;
    // The same search from another company finds none of ours: a header and nothing else.
    const theirs = decode(await (await get(`q=${encodeURIComponent('Вакансия для выгрузки')}&lang=ru`)).arrayBuffer());
    expect(lines(theirs)).toHaveLength(1);
    expect(theirs).not.toContain(v);
    session.user = null;
    expect((await get('lang=ru')).status).toBe(401);
  });
});
