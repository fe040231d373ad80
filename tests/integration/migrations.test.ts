import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, readMigrations } from '../../scripts/db/schema-engine';

describe('migrations', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('agree with schema.prisma (the drift check CI runs)', async () => {
    const drift = await diffMigrationsToSchema();
    expect(drift.replace(/^-- This is an empty migration\.?$/, '').trim()).toBe('');
  });

  it('are all recorded in _prisma_migrations, as `prisma migrate deploy` would record them', async () => {
    const { migrationDirectories } = await readMigrations();
    const { rows } = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
  });

  it('apply nothing the second time', async () => {
    expect(await applyMigrations(inject('databaseUrl'))).toEqual([]);
  });

  it('keep vacancies.companyName in step with the company (search covers it)', async () => {
    const { rows: [vacancy] } = await client.query<{ id: string; companyId: string }>('SELECT id, "companyId" FROM vacancies LIMIT 1');
    expect(vacancy).toBeDefined();
    await client.query('BEGIN');
    try {
      await client.query(`UPDATE companies SET name = 'Зелёный Кактус Сервис' WHERE id = $1`, [vacancy!.companyId]);
      const { rows } = await client.query<{ companyName: string; hit: boolean }>(
        `SELECT "companyName", "searchVector" @@ websearch_to_tsquery('russian', 'кактусы') AS hit FROM vacancies WHERE id = $1`,
        [vacancy!.id],
      );
      expect(rows[0]).toEqual({ companyName: 'Зелёный Кактус Сервис', hit: true });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('index the search vector with Russian and English stemming', async () => {
    const count = async (query: string) => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM vacancies WHERE "searchVector" @@ websearch_to_tsquery('russian', $1)`,
        [query],
      );
      return rows[0]!.n;
    };
    expect(await count('операторы')).toBeGreaterThan(0);
    expect(await count('операторы')).toBe(await count('оператор'));
    expect(await count('operators')).toBe(await count('operator'));
    expect(await count('operators')).toBeGreaterThan(0);
    const { rows } = await client.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'vacancies' AND indexdef ILIKE '%gin%'`,
    );
    expect(rows.some((r) => r.indexdef.includes('searchVector'))).toBe(true);
  });
});
