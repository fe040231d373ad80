import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { CARD_SELECT, getVacancyCards, toCard } from '@/lib/vacancies/queries';
import { createEmployer, deleteEmployer } from '../support/actors';
import { insertVacancy } from '../support/factories';

// Cards are read in one statement (lib/vacancies/queries.ts); they must be exactly what Prisma's select of the
// same fields gives, for every kind of card: with and without salary, languages, shifts, a verified company.
const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = `cards-${Date.now()}`;
afterAll(async () => {
  await deleteEmployer(db, tag);
  await db.$disconnect();
});

describe('vacancy cards', () => {
  it('are what the Prisma select gives, in the order asked, for every kind of card', async () => {
    const owner = await createEmployer(db, tag);
    const companyId = owner.companies[0]!.id;
    await db.company.update({ where: { id: companyId }, data: { verifiedAt: new Date() } });
    const plain = await insertVacancy(db, { companyId, title: 'Оператор чата без зарплаты' });
    const rich = await insertVacancy(db, {
      companyId, title: 'Оператор чата с зарплатой, языками и сменами', locale: 'en', shiftPattern: '2/2',
      salaryFrom: 45_000.5, salaryTo: 70_000, salaryCurrency: 'RUB', salaryPeriod: 'month', salaryGross: false,
      salaryMinRub: 45_000, salaryMaxRub: 70_000, trainingProvided: true, voiceRequired: true, abroadAllowed: true, nightShifts: true,
    });
    await db.vacancyLanguage.createMany({ data: [{ vacancyId: rich.id, language: 'ru', level: 'native' }, { vacancyId: rich.id, language: 'en', level: 'B2' }] });
    await db.shiftSlot.createMany({
      data: [
        { vacancyId: rich.id, position: 1, startMinute: 1200, endMinute: 480, timeZone: 'Europe/Moscow', utcStartMinute: 1020, utcEndMinute: 300 },
        { vacancyId: rich.id, position: 0, startMinute: 540, endMinute: 1080, timeZone: 'Asia/Almaty', utcStartMinute: 240, utcEndMinute: 780 },
      ],
    });
    const others = await db.vacancy.findMany({ where: { status: 'published' }, select: { id: true }, take: 20, orderBy: { publishedAt: 'desc' } });
    const ids = [rich.id, ...others.map((o) => o.id), plain.id].filter((id, i, all) => all.indexOf(id) === i);

    const viaPrisma = await db.vacancy.findMany({ where: { id: { in: ids } }, select: CARD_SELECT });
    const expected = ids.map((id) => toCard(viaPrisma.find((row) => row.id === id)!));
    const cards = await getVacancyCards(ids);
    expect(cards).toEqual(expected);
    expect(cards[0]).toMatchObject({
      languages: [{ language: 'en', level: 'B2' }, { language: 'ru', level: 'native' }],
      slots: [{ start: 540, end: 1080, timeZone: 'Asia/Almaty' }, { start: 1200, end: 480, timeZone: 'Europe/Moscow' }],
      salary: { from: 45_000.5, to: 70_000, currency: 'RUB' },
      companyVerified: true,
    });
  });

  it('skip ids with no vacancy and take an empty list', async () => {
    expect(await getVacancyCards([])).toEqual([]);
    expect(await getVacancyCards(['00000000-0000-4000-8000-000000000000'])).toEqual([]);
  });
});
