// npm run bench:alerts [-- --alerts 10000 --new 300]
// Times one run of the job-alerts job over the database in DATABASE_URL (seed it first, e.g.
// `npm run db:seed -- --vacancies 100000`): makes N confirmed alerts with realistic searches, a batch of
// vacancies "published" since their last run, runs sendJobAlerts once, prints the figures and cleans up.
import '../load-env';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({ options: { alerts: { type: 'string', default: '10000' }, new: { type: 'string', default: '300' } } });
const ALERTS = Number(values.alerts);
const NEW = Number(values.new);
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a seeded database (npm run db:seed -- --vacancies 100000).');
  process.exit(2);
}

// What candidates save: mostly one or two filters, some text, a few salary floors.
const QUERIES = [
  '', 'chatOnly=1', 'language=en', 'language=en&chatOnly=1', 'industry=ecommerce', 'industry=finance&schedule=shift',
  'experience=noExperience', 'experience=noExperience&training=1', 'q=оператор', 'q=поддержка&industry=ecommerce',
  'salaryFrom=60000', 'salaryFrom=80000&chatOnly=1', 'schedule=flexible', 'employment=part', 'language=kk',
  'language=uz&abroad=1', 'noNight=1&schedule=shift', 'q=чат', 'industry=edtech&language=en', 'salaryFrom=700&currency=USD',
  'availableFrom=09:00&availableTo=18:00', 'industry=telecom&withSalary=1', 'q=support', 'training=1&chatOnly=1&noNight=1',
];
const FREQUENCIES = ['instant', 'daily', 'weekly'] as const;

async function main() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tag = `bench-${Date.now().toString(36)}`;
  const now = new Date();
  const confirmed = new Date(now.getTime() - 30 * 86_400_000);
  try {
    const [{ count }] = (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM vacancies WHERE status = 'published' AND "expiresAt" > now()`)).rows as [{ count: number }];
    console.log(`Open vacancies: ${count}. Making ${ALERTS} alerts and ${NEW} fresh publications…`);
    // Every alert is due, as in the worst run: the instant ones ran 5 minutes ago, the daily ones a day ago and
    // the weekly ones a week ago, all at the same moment.
    await client.query(
      `INSERT INTO job_alerts (email, locale, frequency, query, "confirmedAt", "coveredUntil", "createdAt", "updatedAt")
       SELECT $1 || '-' || i || '@bench.example', CASE WHEN i % 5 = 0 THEN 'en' ELSE 'ru' END,
              ($2::text[])[1 + i % 3]::"AlertFrequency", ($3::text[])[1 + i % array_length($3::text[], 1)], $4,
              now() - (ARRAY[interval '5 minutes 30 seconds', interval '1 day 1 minute', interval '7 days 1 minute'])[1 + i % 3], $4, $4
       FROM generate_series(1, $5) AS i`,
      [tag, FREQUENCIES, QUERIES, confirmed, ALERTS],
    );
    // A day's worth of approvals: random open vacancies published within the last day.
    const fresh = await client.query<{ id: string; publishedAt: Date }>(
      `WITH picked AS (SELECT id, "publishedAt" FROM vacancies WHERE status = 'published' AND "expiresAt" > now() + interval '1 day' ORDER BY random() LIMIT $1)
       UPDATE vacancies v SET "publishedAt" = now() - random() * interval '1 day' FROM picked WHERE v.id = picked.id
       RETURNING v.id, picked."publishedAt"`,
      [NEW],
    );

    process.env.DATABASE_URL = url;
    const { sendJobAlerts } = await import('../../lib/alerts/run.server');
    const started = performance.now();
    const summary = await sendJobAlerts(new Date());
    const ms = performance.now() - started;
    console.log(
      `sendJobAlerts: ${summary.due} alerts due (${summary.searches} distinct searches), ${summary.mailed} mails with ${summary.vacancies} vacancies, ` +
        `${(ms / 1000).toFixed(1)} s in all, ${(ms / Math.max(summary.due, 1)).toFixed(2)} ms per alert.`,
    );
    // Put the publications back as they were.
    for (const row of fresh.rows) await client.query('UPDATE vacancies SET "publishedAt" = $2 WHERE id = $1', [row.id, row.publishedAt]);
  } finally {
    await client.query(`DELETE FROM outbox_mail WHERE "to" LIKE $1`, [`${tag}-%`]);
    await client.query(`DELETE FROM job_alerts WHERE email LIKE $1`, [`${tag}-%`]);
    await client.end();
  }
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
