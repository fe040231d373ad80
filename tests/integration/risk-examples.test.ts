import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { blockCompany } from '@/lib/moderation/company.server';
import { removeVacancy } from '@/lib/moderation/report.server';
import { approveRevision, approveVacancy, rejectRevision, rejectVacancy } from '@/lib/moderation/review.server';
import { getScorerQuality, loadRiskExamples } from '@/lib/moderation/risk-examples-queries';
import { RISK_CORPUS } from '@/lib/moderation/risk-corpus';
import { evaluateExamples } from '@/lib/moderation/risk/evaluate';
import { updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { formatRiskEval, parseRiskEvalArgs } from '@/scripts/risk-eval';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { actorFor } from '@/tests/support/actors';
import { submittedVacancy } from '@/tests/support/factories';

// Every moderator decision and upheld report stores one labelled example, in the decision's transaction,
// with the text that was decided (lib/moderation/risk-examples.server.ts); risk:eval measures on them.

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const TITLE = `Оператор чата ${tag}`;
const SCAM_TEXT = `Для начала работы оплатите обучение — 1500 ₽, деньги вернём с первой зарплатой. ${tag}`;
// Removed ads carry scam texts of their own: the model at run time learns from these rows too, and a shared
// test database must not teach it that the ordinary fixture text is a scam.
const DEPOSIT_TEXT = `Перед стартом необходимо внести страховой депозит 3000 ₽ для рабочего аккаунта. ${tag}`;
const PASSPORT_TEXT = `Пришлите фото паспорта и номер карты менеджеру в Telegram до собеседования. ${tag}`;
const MULE_TEXT = `Принимаете переводы от клиентов на свою банковскую карту и переводите средства на реквизиты куратора. ${tag}`;
let admin: AdminActor;
let owner: Actor;
let companyId: string;
const made: string[] = [];
const companies: string[] = [];

async function pending(patch: object = {}, actor: Actor = owner, company = companyId): Promise<string> {
  const id = await submittedVacancy(actor, company, { ...VALID_VACANCY, title: TITLE, ...patch });
  made.push(id);
  return id;
}

const examplesOf = (vacancyId: string) => db.riskExample.findMany({ where: { vacancyId }, orderBy: { decidedAt: 'asc' } });
const report = (vacancyId: string) => db.scamReport.create({ data: { vacancyId, category: 'upfrontPayment', message: `Просили оплатить ${tag}` } });

beforeAll(async () => {
  admin = await actorFor(db, DEMO_ACCOUNTS[0].email);
  owner = await actorFor(db, DEMO_ACCOUNTS[1].email);
  companyId = owner.companies[0]!.id;
});

afterAll(async () => {
  await db.riskExample.deleteMany({ where: { vacancyId: { in: made } } });
  await db.auditLog.deleteMany({ where: { targetId: { in: [...made, ...companies] } } });
  await db.vacancy.deleteMany({ where: { id: { in: made } } });
  await db.company.deleteMany({ where: { id: { in: companies } } });
  await db.$disconnect();
});

describe('decisions record labelled examples', () => {
  it('an approval records the approved text as honest, with the score the admin saw', async () => {
    const id = await pending();
    expect((await approveVacancy(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    const [example, ...more] = await examplesOf(id);
    expect(more).toHaveLength(0);
    const v = await db.vacancy.findUniqueOrThrow({ where: { id } });
    expect(example).toMatchObject({ label: 'honest', source: 'approval', decidedById: admin.id, riskScore: v.riskScore });
    expect(example!.input).toMatchObject({ title: TITLE, description: VALID_VACANCY.description, company: { name: expect.any(String) } });
  });

  it('a rejection as a scam records a scam; a rejection for a poor description records nothing', async () => {
    const scam = await pending({ description: SCAM_TEXT });
    expect((await rejectVacancy(admin, scam, { preset: 'upfrontPayment' })).ok).toBe(true);
    const [example] = await examplesOf(scam);
    expect(example).toMatchObject({ label: 'scam', source: 'rejection', input: expect.objectContaining({ description: SCAM_TEXT }) });
    expect(example!.riskScore).toBeGreaterThanOrEqual(40);

    const poor = await pending();
    expect((await rejectVacancy(admin, poor, { preset: 'poorDescription' })).ok).toBe(true);
    expect(await examplesOf(poor)).toHaveLength(0);
  });

  it('a revision decision records the revision’s text, not the published one', async () => {
    const id = await pending();
    expect((await approveVacancy(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    const edited = `Отвечаем покупателям в чате, обновлённый текст ${tag}.`;
    expect(await updateVacancy(owner, id, { ...VALID_VACANCY, description: edited })).toEqual({ ok: true, value: { revision: true } });
    expect((await approveRevision(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    expect(await updateVacancy(owner, id, { ...VALID_VACANCY, description: SCAM_TEXT })).toEqual({ ok: true, value: { revision: true } });
    expect((await rejectRevision(admin, id, { preset: 'upfrontPayment' })).ok).toBe(true);
    const examples = await examplesOf(id);
    expect(examples.map((e) => [e.label, e.source, (e.input as { description: string }).description])).toEqual([
      ['honest', 'approval', VALID_VACANCY.description],
      ['honest', 'approval', edited],
      ['scam', 'rejection', SCAM_TEXT],
    ]);
  });

  it('a removal records a scam: source report when it upheld reports, removal otherwise', async () => {
    const reported = await pending({ description: DEPOSIT_TEXT });
    expect((await approveVacancy(admin, reported, { acknowledged: 'on' })).ok).toBe(true);
    await report(reported);
    expect((await removeVacancy(admin, reported, 'Просят оплату обучения')).ok).toBe(true);
    expect((await examplesOf(reported)).map((e) => [e.label, e.source])).toEqual([
      ['honest', 'approval'],
      ['scam', 'report'],
    ]);

    const found = await pending({ description: MULE_TEXT });
    expect((await approveVacancy(admin, found, { acknowledged: 'on' })).ok).toBe(true);
    expect((await removeVacancy(admin, found, 'Мошенничество')).ok).toBe(true);
    expect((await examplesOf(found)).at(-1)).toMatchObject({ label: 'scam', source: 'removal', input: expect.objectContaining({ title: TITLE }) });
  });

  it('blocking a company from a vacancy’s reports upholds them: one scam example for that vacancy', async () => {
    const company = await db.company.create({ data: { slug: `risk-${tag}`, name: `Быстрый заработок ${tag}` }, select: { id: true, name: true, slug: true } });
    companies.push(company.id);
    const actor: Actor = { id: owner.id, companies: [{ ...company, role: 'owner' }] };
    const id = await pending({ description: PASSPORT_TEXT }, actor, company.id);
    expect((await approveVacancy(admin, id, { acknowledged: 'on' })).ok).toBe(true);
    await report(id);
    expect((await blockCompany(admin, company.id, 'Мошенничество', { reportsOf: id })).ok).toBe(true);
    expect((await examplesOf(id)).at(-1)).toMatchObject({ label: 'scam', source: 'report', input: expect.objectContaining({ company: expect.objectContaining({ name: company.name }) }) });
  });

  it('a refused decision records nothing', async () => {
    const id = await pending();
    expect((await rejectVacancy(admin, id, { preset: 'nope' })).ok).toBe(false);
    expect((await approveVacancy({ id: owner.id, role: 'employer' } as AdminActor, id)).ok).toBe(false);
    expect(await examplesOf(id)).toHaveLength(0);
  });
});

describe('risk:eval and the overview figures', () => {
  it('computes the figures from the stored examples, the latest decision per text winning', async () => {
    const { examples, unreadable } = await loadRiskExamples(db);
    expect(unreadable).toBe(0);
    const mine = examples.filter((e) => e.vacancyId !== null && made.includes(e.vacancyId));
    // Approved-then-removed texts count once, as scams; the two approved revisions' texts stay honest.
    const scams = mine.filter((e) => e.label === 'scam');
    const honest = mine.filter((e) => e.label === 'honest');
    expect(scams.length).toBe(5);
    expect(honest.length).toBe(3);

    const evaluation = evaluateExamples(mine, RISK_CORPUS, 5);
    expect(evaluation.decided?.count).toBe(8);
    const rules = evaluation.decided!.scorers.rules;
    expect(rules.tp + rules.fn).toBe(5);
    expect(rules.fp + rules.tn).toBe(3);
    // Re-scored by the rules as they are now: every scam text is caught, the fixture text is not.
    expect(rules).toMatchObject({ tp: 5, fn: 0, fp: 0, tn: 3 });
    // The scores stored at decision time include the board-wide checks (these test ads repeat each other's text).
    const stored = evaluation.decided!.stored!;
    expect([stored.count, stored.tp + stored.fn, stored.fp + stored.tn]).toEqual([8, 5, 3]);
    expect(evaluation.decided!.scorers.model.count).toBe(8);
    expect(formatRiskEval(evaluation)).toMatch(/\(a\) Decided ads in the database: 8/);

    const overview = await getScorerQuality(admin);
    expect(overview?.count).toBeGreaterThanOrEqual(8);
    expect(overview!.tp).toBeGreaterThanOrEqual(5);
    expect(await getScorerQuality({ role: 'employer' })).toBeNull();
  });

  it('validates its arguments', () => {
    expect(parseRiskEvalArgs([])).toEqual({ ok: true, value: { folds: 5, json: false } });
    expect(parseRiskEvalArgs(['--folds=10', '--json'])).toEqual({ ok: true, value: { folds: 10, json: true } });
    expect(parseRiskEvalArgs(['--folds', 'x'])).toMatchObject({ ok: false });
    expect(parseRiskEvalArgs(['--folds', '1'])).toMatchObject({ ok: false, message: expect.stringMatching(/at least 2/) });
    expect(parseRiskEvalArgs(['--what'])).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown argument/) });
  });
});
