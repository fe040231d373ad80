import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cleanFormData } from '@/lib/forms/clean';
import { parseForm } from '@/lib/forms/parse';
import { createPrismaClient } from '@/lib/db-client';
import { getVacancyForEdit } from '@/lib/vacancies/editor-queries';
import { VacancyEditorSchema } from '@/lib/vacancies/editor-schemas';
import { createDraft, saveVacancyEdit, submitVacancy, updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';

// Drafts (issue 12): a title is enough to save; submitting holds the stored draft to every rule and lists what
// is missing; a save carrying an old version never overwrites a newer one; strangers save, submit and autosave nothing.

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `drafts-${randomUUID().slice(0, 8)}`;
let owner: Actor;
let stranger: Actor;
let companyId: string;

beforeAll(async () => {
  const mk = (name: string) => db.user.create({ data: { email: `${name}-${TAG}@test.example`, name }, select: { id: true } });
  const [a, b] = await Promise.all([mk('owner'), mk('stranger')]);
  const A = await db.company.create({ data: { name: `A ${TAG}`, slug: `a-${TAG}`, members: { create: { userId: a.id, role: 'owner' } } }, select: { id: true, name: true, slug: true } });
  const B = await db.company.create({ data: { name: `B ${TAG}`, slug: `b-${TAG}`, members: { create: { userId: b.id, role: 'owner' } } }, select: { id: true, name: true, slug: true } });
  companyId = A.id;
  owner = { id: a.id, companies: [{ ...A, role: 'owner' }] };
  stranger = { id: b.id, companies: [{ ...B, role: 'owner' }] };
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { endsWith: TAG } } });
  await db.user.deleteMany({ where: { email: { endsWith: `${TAG}@test.example` } } });
  await db.$disconnect();
});

const titleOnly = async () => {
  const created = await createDraft(owner, companyId, { title: `Оператор чата ${TAG}` });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.value;
};

/** The editor's form as a browser posts it. */
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

describe('a draft with only its title', () => {
  it('saves, with the classification empty', async () => {
    const { id } = await titleOnly();
    const row = await db.vacancy.findUniqueOrThrow({ where: { id }, select: { status: true, industry: true, description: true, contractTypes: true } });
    expect(row).toEqual({ status: 'draft', industry: null, description: '', contractTypes: [] });
    const edit = await getVacancyForEdit(owner, id);
    expect(edit?.values).toMatchObject({ title: `Оператор чата ${TAG}`, industry: '', description: '', languages: [], shiftSlots: [] });
  });

  it('still needs a title', async () => {
    const created = await createDraft(owner, companyId, { title: '' });
    expect(created).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { title: ['vacancyForm.errors.titleTooShort'] } });
  });

  it('cannot go to review: submitting lists everything missing and changes nothing', async () => {
    const { id } = await titleOnly();
    const submitted = await submitVacancy(owner, id);
    expect(submitted.ok).toBe(false);
    if (submitted.ok || submitted.error !== 'invalid') throw new Error(JSON.stringify(submitted));
    expect(Object.keys(submitted.fieldErrors).sort()).toEqual(
      ['contractTypes', 'description', 'employment', 'experience', 'industry', 'languages', 'schedule', 'shiftSlots'].sort(),
    );
    expect((await db.vacancy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe('draft');
  });

  it('goes to review once completed', async () => {
    const { id, version } = await titleOnly();
    const saved = await updateVacancy(owner, id, VALID_VACANCY, undefined, { expectedVersion: version.toISOString() });
    expect(saved.ok).toBe(true);
    expect(await submitVacancy(owner, id)).toEqual({ ok: true, value: null });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe('pending');
  });

  it('is refused by the database itself outside draft and rejected (vacancies_complete)', async () => {
    const { id } = await titleOnly();
    await expect(db.vacancy.update({ where: { id }, data: { status: 'pending' } })).rejects.toThrow(/vacancies_complete/);
  });
});

describe('versions', () => {
  it('a save from an older version is refused as stale and overwrites nothing', async () => {
    const { id, version } = await titleOnly();
    const first = await saveVacancyEdit(owner, id, { title: `Первая правка ${TAG}` }, undefined, { expectedVersion: version.toISOString(), autosave: true });
    expect(first.ok).toBe(true);
    // A second tab still holds the version the page opened with.
    const late = await updateVacancy(owner, id, { title: `Старая вкладка ${TAG}` }, undefined, { expectedVersion: version.toISOString(), autosave: true });
    expect(late).toEqual({ ok: false, error: 'stale' });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id }, select: { title: true } })).title).toBe(`Первая правка ${TAG}`);
    // The first tab carries on from the version its save returned.
    if (!first.ok) return;
    const next = await updateVacancy(owner, id, { title: `Вторая правка ${TAG}` }, undefined, { expectedVersion: first.value.version.toISOString(), autosave: true });
    expect(next.ok).toBe(true);
  });

  it('an autosave never touches an ad under review, and never submits', async () => {
    const { id } = await titleOnly();
    await updateVacancy(owner, id, VALID_VACANCY);
    await submitVacancy(owner, id);
    const autosaved = await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Автосохранение ${TAG}` }, undefined, { autosave: true });
    expect(autosaved).toEqual({ ok: false, error: 'notAutosaved' });
    const draft = await titleOnly();
    const saved = await updateVacancy(owner, draft.id, VALID_VACANCY, undefined, { autosave: true });
    expect(saved.ok).toBe(true);
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).status).toBe('draft');
  });

  it('a pending ad must stay complete: a partial save is refused with the missing fields', async () => {
    const { id } = await titleOnly();
    await updateVacancy(owner, id, VALID_VACANCY);
    await submitVacancy(owner, id);
    const partial = await updateVacancy(owner, id, { title: `Только название ${TAG}` });
    expect(partial).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { industry: ['vacancyForm.errors.choose'] } });
  });
});

describe('another company', () => {
  it('cannot save, autosave, submit or read a draft', async () => {
    const { id, version } = await titleOnly();
    const v = version.toISOString();
    expect(await updateVacancy(stranger, id, { title: `Чужая правка ${TAG}` }, undefined, { expectedVersion: v })).toEqual({ ok: false, error: 'notFound' });
    expect(await updateVacancy(stranger, id, { title: `Чужая правка ${TAG}` }, undefined, { expectedVersion: v, autosave: true })).toEqual({ ok: false, error: 'notFound' });
    expect(await submitVacancy(stranger, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await createDraft(stranger, companyId, { title: `Чужой черновик ${TAG}` })).toEqual({ ok: false, error: 'notFound' });
    expect(await getVacancyForEdit(stranger, id)).toBeNull();
    expect((await db.vacancy.findUniqueOrThrow({ where: { id }, select: { title: true, status: true } }))).toEqual({ title: `Оператор чата ${TAG}`, status: 'draft' });
  });
});

describe("the editor's form", () => {
  const parse = (data: FormData) => parseForm(cleanFormData(data), VacancyEditorSchema);

  it('a title-only draft passes; "submit" asks for every missing field', () => {
    expect(parse(form({ title: `Оператор ${TAG}`, intent: 'draft' })).status).toBe('success');
    const submitted = parse(form({ title: `Оператор ${TAG}`, intent: 'submit' }));
    expect(submitted.status).toBe('error');
    expect(Object.keys(submitted.reply().error ?? {})).toEqual(expect.arrayContaining(['description', 'industry', 'languages', 'shiftSlots', 'contractTypes']));
  });

  it('repeated fields, one checkbox and hidden details of switched-off options read as the browser meant them', () => {
    const parsed = parse(
      form({
        title: `Оператор ${TAG}`, contractTypes: 'civil', 'languages[0].language': 'ru', 'languages[0].level': 'native',
        'languages[1].language': '', 'languages[1].level': '', trainingDays: '5', abroadCountries: ['KZ'], applyMode: 'form', applyUrl: 'not a url',
      }),
    );
    expect(parsed.status).toBe('success');
    if (parsed.status !== 'success') return;
    expect(parsed.value).toMatchObject({ contractTypes: ['civil'], languages: [{ language: 'ru', level: 'native' }], abroadCountries: [] });
    expect(parsed.value.trainingDays).toBeUndefined();
    expect(parsed.value.applyUrl).toBeUndefined();
  });

  it('bad input gets field errors, never an exception: NUL bytes, 10 kB, wrong types, unknown values', () => {
    const nul = parse(form({ title: `Опер\u0000атор ${TAG}` }));
    expect(nul.status).toBe('success');
    if (nul.status === 'success') expect(nul.value.title).toBe(`Оператор ${TAG}`);
    const errors = (data: FormData) => parse(data).reply().error ?? {};
    expect(errors(form({ title: 'x'.repeat(10_000) })).title).toEqual(['vacancyForm.errors.titleTooLong']);
    expect(errors(form({ title: `Оператор ${TAG}`, description: 'y'.repeat(10_241) })).description).toEqual(['vacancyForm.errors.descriptionTooLong']);
    const wrong = errors(
      form({
        title: `Оператор ${TAG}`, salaryFrom: 'много', industry: 'casino', hoursPerWeek: '1e9', 'shiftSlots[0].start': '25:00', 'shiftSlots[0].end': '09:00',
        'shiftSlots[0].timeZone': 'Mars/Base', abroadAllowed: 'on', abroadCountries: 'kz', vacancyId: 'not-a-uuid', version: 'yesterday',
      }),
    );
    expect(wrong).toMatchObject({
      salaryFrom: ['vacancyForm.errors.number'], industry: ['vacancyForm.errors.choose'], hoursPerWeek: ['vacancyForm.errors.tooLarge'],
      'shiftSlots[0].start': ['vacancyForm.errors.time'], 'shiftSlots[0].timeZone': ['vacancyForm.errors.timeZone'],
      'abroadCountries[0]': ['vacancyForm.errors.country'], vacancyId: ['editor.errors.stale'], version: ['editor.errors.stale'],
    });
    const file = form({ title: `Оператор ${TAG}` });
    file.append('industry', new Blob(['x']), 'x.txt');
    expect(() => parse(file)).not.toThrow();
    expect(parse(file).status).toBe('error');
  });

  it('an id sent by hand is still checked by the owner check', async () => {
    const { id, version } = await titleOnly();
    const parsed = parse(form({ title: `Чужая правка ${TAG}`, vacancyId: id, version: version.toISOString() }));
    if (parsed.status !== 'success') throw new Error('should parse');
    const { intent: _intent, vacancyId, version: v, companyId: _c, ...values } = parsed.value;
    expect(await updateVacancy(stranger, vacancyId!, values, undefined, { expectedVersion: v })).toEqual({ ok: false, error: 'notFound' });
  });
});
