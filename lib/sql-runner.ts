// Jobs that the seed also runs (the salary snapshot, the search terms) take their SQL client as a
// SqlRunner: the app passes Prisma (or a Prisma transaction), the seed its own node-postgres connection.

export type SqlRunner = {
  query: <T>(sql: string, params: unknown[]) => Promise<T[]>;
};

type PrismaLike = { $queryRawUnsafe: <T>(sql: string, ...values: unknown[]) => Promise<T> };
type PgLike = { query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }> };

/** A Prisma client or interactive transaction. */
export function prismaRunner(client: PrismaLike): SqlRunner {
  return { query: <T,>(sql: string, params: unknown[]) => client.$queryRawUnsafe<T[]>(sql, ...params) };
}

/** A node-postgres client (the seed's connection). */
export function pgRunner(client: PgLike): SqlRunner {
  return { query: async <T,>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as T[] };
}
