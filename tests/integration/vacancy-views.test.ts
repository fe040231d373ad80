import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { isBot, recordVacancyView } from '@/lib/vacancies/stats.server';

const db = createPrismaClient(inject('databaseUrl'), 2);
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const day = (d: string) => new Date(`${d}T10:00:00Z`);
let vacancyId: string;

const viewsOn = async (d: string) =>
  (await db.vacancyDailyStat.findUnique({ where: { vacancyId_day: { vacancyId, day: new Date(d) } } }))?.views ?? 0;

beforeAll(async () => {
  vacancyId = (await db.vacancy.findFirstOrThrow({ where: { status: 'published' }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.vacancyVisit.deleteMany({ where: { vacancyId, day: { lt: new Date('2001-01-01') } } });
  await db.vacancyDailyStat.deleteMany({ where: { vacancyId, day: { lt: new Date('2001-01-01') } } });
  await db.$disconnect();
});

describe('vacancy views', () => {
  it('count one view per visitor per day', async () => {
    expect(await recordVacancyView(vacancyId, { ip: '203.0.113.5', userAgent: CHROME }, day('2000-01-01'))).toBe(true);
    expect(await recordVacancyView(vacancyId, { ip: '203.0.113.5', userAgent: CHROME }, day('2000-01-01'))).toBe(false);
    expect(await recordVacancyView(vacancyId, { ip: '203.0.113.6', userAgent: CHROME }, day('2000-01-01'))).toBe(true);
    expect(await recordVacancyView(vacancyId, { ip: '203.0.113.5', userAgent: CHROME }, day('2000-01-02'))).toBe(true);
    expect(await viewsOn('2000-01-01')).toBe(2);
    expect(await viewsOn('2000-01-02')).toBe(1);
  });

  it('count concurrent views of the same visitor once', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => recordVacancyView(vacancyId, { ip: '198.51.100.1', userAgent: CHROME }, day('2000-01-03'))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await viewsOn('2000-01-03')).toBe(1);
  });

  it('leave out obvious bots and scripted browsers', async () => {
    for (const ua of [
      'Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'Mozilla/5.0 HeadlessChrome/156.0', 'python-requests/2.32.3',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)', 'TelegramBot (like TwitterBot)', '', null,
    ]) {
      expect(isBot(ua)).toBe(true);
      expect(await recordVacancyView(vacancyId, { ip: '192.0.2.9', userAgent: ua }, day('2000-01-04'))).toBe(false);
    }
    expect(isBot(CHROME)).toBe(false);
    expect(await viewsOn('2000-01-04')).toBe(0);
  });

  it('store no raw address', async () => {
    const visits = await db.vacancyVisit.findMany({ where: { vacancyId, day: new Date('2000-01-01') } });
    expect(visits.every((v) => /^[0-9a-f]{64}$/.test(v.visitorHash))).toBe(true);
  });
});
