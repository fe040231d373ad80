// Moderation history, scam reports and employer activity that go with the generated vacancies.
import { fakerRU } from '@faker-js/faker';
import type pg from 'pg';
import { slugify } from '../../lib/slug';
import { STATS_TIME_ZONE, statsDay } from '../../lib/vacancies/stats-days';
import type { VacancyRow } from './build-vacancies';
import type { EventRow } from './columns';
import { copyRows } from './copy';
import { DEMO_REPORTS } from './content/suspicious';
import type { Rng } from './random';

/** Moderation history consistent with each vacancy's status. */
export function eventsFor(v: VacancyRow, adminId: string, rng: Rng): EventRow[] {
  if (v.status === 'draft') return [];
  const submittedAt = v.publishedAt ? new Date(v.publishedAt.getTime() - rng.int(1, 20) * 3_600_000) : v.createdAt;
  const events: EventRow[] = [{ id: rng.uuid(), vacancyId: v.id, actorId: v.createdById, action: 'submitted', reason: null, createdAt: submittedAt }];
  const event = (action: string, at: Date | null, actorId: string | null, reason: string | null = null) =>
    events.push({ id: rng.uuid(), vacancyId: v.id, actorId, action, reason, createdAt: at ?? submittedAt });
  if (v.status === 'rejected') event('rejected', new Date(submittedAt.getTime() + 3_600_000), adminId, v.moderationReason);
  if (v.publishedAt) event('approved', v.publishedAt, adminId);
  if (v.status === 'closed') event('closed', v.closedAt, v.createdById);
  if (v.status === 'expired') event('expired', v.expiresAt, null);
  if (v.status === 'removed') event('removed', new Date((v.publishedAt ?? submittedAt).getTime() + 86_400_000), adminId, v.moderationReason);
  return events;
}

/** A few open scam reports on published vacancies, so /admin/reports is not empty in the demo. */
export async function seedReports(client: pg.ClientBase, publishedIds: readonly string[], now: Date, rng: Rng): Promise<void> {
  const reports = DEMO_REPORTS.map((r, i) => ({
    ...r, id: rng.uuid(), vacancyId: publishedIds[i % publishedIds.length]!, createdAt: new Date(now.getTime() - (i + 1) * 5_400_000),
  }));
  await copyRows(client, 'scam_reports', [
    { name: 'id', value: (r: (typeof reports)[number]) => r.id },
    { name: 'vacancyId', value: (r) => r.vacancyId },
    { name: 'category', value: (r) => r.category },
    { name: 'message', value: (r) => r.message },
    { name: 'createdAt', value: (r) => r.createdAt },
  ], reports);
}

type Application = {
  id: string; vacancyId: string; name: string; email: string; phone: string | null; telegram: string | null;
  languages: string; experience: string; coverMessage: string; createdAt: Date;
};

/** Views, clicks and applications for the demo employers' vacancies, so their dashboards have something to show. */
export async function seedActivity(client: pg.ClientBase, own: readonly VacancyRow[], now: Date, rng: Rng): Promise<number> {
  fakerRU.seed(7);
  const stats: { vacancyId: string; day: string; views: number; applyClicks: number; applications: number }[] = [];
  const applications: Application[] = [];
  for (const v of own.filter((x) => x.publishedAt)) {
    const days = Math.min(30, Math.ceil((now.getTime() - v.publishedAt!.getTime()) / 86_400_000));
    for (let d = 0; d < days; d++) {
      const day = statsDay(new Date(now.getTime() - d * 86_400_000));
      const views = rng.int(3, 60);
      // On-site forms: about one viewer in ten starts one (the applications below add their own clicks; decision 025).
      stats.push({ vacancyId: v.id, day, views, applyClicks: v.applyMode === 'form' ? Math.round(views / 10) : rng.int(0, Math.ceil(views / 8)), applications: 0 });
    }
    if (v.applyMode !== 'form' || v.status !== 'published') continue;
    for (let i = rng.int(2, 6); i > 0; i--) {
      // One sex for both names: Russian surnames agree with it (Крылова, not «Елена Крылов»).
      const sex = rng.chance(0.7) ? 'female' : 'male';
      const first = fakerRU.person.firstName(sex);
      const last = fakerRU.person.lastName(sex);
      applications.push({
        id: rng.uuid(), vacancyId: v.id, name: `${first} ${last}`,
        email: `${slugify(first)}.${slugify(last)}${rng.int(1, 99)}@mail.example`,
        phone: rng.chance(0.6) ? `+7 9${rng.int(10, 99)} ${rng.int(100, 999)}-${rng.int(10, 99)}-${rng.int(10, 99)}` : null,
        telegram: rng.chance(0.5) ? `@${slugify(first)}_${rng.int(10, 999)}` : null,
        languages: JSON.stringify([{ language: 'ru', level: 'native' }, ...(rng.chance(0.4) ? [{ language: 'en', level: 'B1' }] : [])]),
        experience: rng.pick(['noExperience', 'between1And3', 'between3And6']),
        coverMessage: rng.pick([
          'Здравствуйте! Два года работала в поддержке интернет-магазина, готова к сменному графику.',
          'Добрый день. Учусь на заочном, ищу вечерние смены. Быстро печатаю, внимательна к деталям.',
          'Hello! I have handled up to five chats at once in a fintech support team and enjoy it.',
          'Интересует удалённая работа в ночные смены, есть стабильный интернет и гарнитура.',
        ]),
        createdAt: new Date(v.publishedAt!.getTime() + rng.int(1, 72) * 3_600_000),
      });
    }
  }
  await copyRows(client, 'vacancy_daily_stats', [
    { name: 'vacancyId', value: (s: (typeof stats)[number]) => s.vacancyId },
    { name: 'day', value: (s) => s.day },
    { name: 'views', value: (s) => s.views },
    { name: 'applyClicks', value: (s) => s.applyClicks },
    { name: 'applications', value: (s) => s.applications },
  ], stats);
  await copyRows(client, 'applications', [
    { name: 'id', value: (a: Application) => a.id },
    { name: 'vacancyId', value: (a) => a.vacancyId },
    { name: 'name', value: (a) => a.name },
    { name: 'email', value: (a) => a.email },
    { name: 'phone', value: (a) => a.phone },
    { name: 'telegram', value: (a) => a.telegram },
    { name: 'languages', value: (a) => a.languages },
    { name: 'experience', value: (a) => a.experience },
    { name: 'coverMessage', value: (a) => a.coverMessage },
    { name: 'consentAt', value: (a) => a.createdAt },
    { name: 'consentVersion', value: () => '2026-11' },
    { name: 'createdAt', value: (a) => a.createdAt },
    { name: 'updatedAt', value: (a) => a.createdAt },
  ], applications);
  // Every application's history starts with its sending (the employer timeline and "my applications").
  await client.query(`
    INSERT INTO application_status_events ("applicationId", "toStatus", "createdAt")
    SELECT id, 'new', "createdAt" FROM applications a
    WHERE NOT EXISTS (SELECT 1 FROM application_status_events e WHERE e."applicationId" = a.id)`);
  // Keep the per-day application counters in step with the rows just inserted (Moscow days, like the app); every
  // seeded application is one that was sent without a recorded start, so it brings its own apply click.
  await client.query(`
    INSERT INTO vacancy_daily_stats ("vacancyId", day, applications, "applyClicks")
    SELECT "vacancyId", ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE '${STATS_TIME_ZONE}')::date, count(*), count(*) FROM applications GROUP BY 1, 2
    ON CONFLICT ("vacancyId", day) DO UPDATE
    SET applications = EXCLUDED.applications, "applyClicks" = vacancy_daily_stats."applyClicks" + EXCLUDED.applications`);
  return applications.length;
}
