import { apiRoute, cachedJson, invalidParameters, readOnlyMethods } from '@/lib/api/http';
import { getExchangeRates } from '@/lib/rates/queries';
import { toApiSalaries } from '@/lib/salaries/api';
import { getSalarySnapshot } from '@/lib/salaries/queries';
import { parseSalariesApiQuery } from '@/lib/salaries/schemas';

// GET /api/v1/salaries: the salary figures of /salaries as JSON (docs at /developers).
export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request) => {
  const parsed = parseSalariesApiQuery(new URL(request.url));
  if (!parsed.ok) return invalidParameters(parsed.issues);
  const [snapshot, rates] = await Promise.all([getSalarySnapshot(), getExchangeRates()]);
  return cachedJson(request, toApiSalaries(snapshot, parsed.data.currency, rates, parsed.data.locale));
});

export const { HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods(GET);
