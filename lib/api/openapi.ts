import '@/lib/zod-setup';
import { z } from 'zod';
import { localizedUrl } from '@/lib/seo';
import { SalariesParamsDoc } from '@/lib/salaries/schemas';
import { SuggestParams } from '@/lib/search/suggest-schemas';
import { API_BASE } from './links';
import { API_RATE_LIMIT, ApiOnlyParams, apiRegistry, CatalogueParamsDoc } from './schemas';

// /api/v1/openapi.json, generated from the zod schemas the handlers use (lib/api/schemas.ts).

type JsonSchema = Record<string, unknown>;

/** A schema to embed: without the dialect and id that only a standalone document carries. */
function embeddable(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });

function queryParameter(name: string, schema: z.ZodType) {
  const { description, ...rest } = embeddable(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);
  const isArray = rest.type === 'array';
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema: rest,
    ...(isArray ? { style: 'form', explode: true } : {}),
  };
}

const RATE_HEADERS = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimit-Reset' },
};

const CACHE_HEADERS = { ETag: { $ref: '#/components/headers/ETag' }, ...RATE_HEADERS };

const errorResponses = {
  '429': { $ref: '#/components/responses/RateLimited' },
  '500': { $ref: '#/components/responses/InternalError' },
  '503': { $ref: '#/components/responses/Unavailable' },
};

const notModified = { description: 'Not modified: the ETag in If-None-Match is still current.', headers: CACHE_HEADERS };

export function buildOpenApiDocument() {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  const docs = localizedUrl('/developers', 'en');
  const listParameters = [
    ...Object.entries(CatalogueParamsDoc).map(([name, schema]) => queryParameter(name, schema)),
    ...Object.entries(ApiOnlyParams).map(([name, schema]) => queryParameter(name, schema)),
  ];

  return {
    openapi: '3.1.0',
    info: {
      title: 'ChatShift API',
      version: '1.0.0',
      summary: 'Open vacancies for remote chat-support work, read-only.',
      description:
        'The vacancies of ChatShift (a job board for remote chat-support work) as JSON, with the same filters as the ' +
        `catalogue at ${localizedUrl('/vacancies', 'en')}. No key is needed. Please name ChatShift as the source and link ` +
        `every vacancy to its \`url\`. Limits: ${API_RATE_LIMIT.points} requests a minute per address. Documentation and terms: ${docs}.`,
      termsOfService: `${docs}#terms`,
      contact: { name: 'ChatShift', url: docs },
    },
    servers: [{ url: API_BASE }],
    externalDocs: { description: 'Documentation, examples, RSS feeds and terms', url: docs },
    paths: {
      '/vacancies': {
        get: {
          operationId: 'listVacancies',
          summary: 'Search open vacancies',
          description:
            'Open vacancies matching the catalogue filters, newest published first. Pages follow `next` (a cursor); ' +
            'a parameter the catalogue would ignore is a 400 here.',
          parameters: listParameters,
          responses: {
            '200': {
              description: 'One page of vacancies.',
              headers: { ...CACHE_HEADERS, Link: { description: 'The next page, rel="next", when there is one.', schema: { type: 'string' } } },
              content: json('VacancyList'),
            },
            '304': notModified,
            '400': { $ref: '#/components/responses/InvalidParameters' },
            ...errorResponses,
          },
        },
      },
      '/vacancies/{id}': {
        get: {
          operationId: 'getVacancy',
          summary: 'One open vacancy',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'The vacancy id (UUID) or its slug.', schema: { type: 'string' } },
            queryParameter('locale', ApiOnlyParams.locale),
          ],
          responses: {
            '200': { description: 'The vacancy.', headers: CACHE_HEADERS, content: json('Vacancy') },
            '304': notModified,
            '400': { $ref: '#/components/responses/InvalidParameters' },
            '404': { description: 'No open vacancy with this id or slug (unknown, closed, expired or not yet published).', headers: RATE_HEADERS, content: json('Error') },
            ...errorResponses,
          },
        },
      },
      '/salaries': {
        get: {
          operationId: 'getSalaries',
          summary: 'Salary figures of open vacancies',
          description:
            'Median, quartiles and counts of monthly salaries in open vacancies: overall and by industry, language, schedule, ' +
            'experience, training and chat-only work, a histogram and weekly medians. Recomputed every 30 minutes; a figure ' +
            'backed by fewer than `minSample` vacancies is null.',
          parameters: Object.entries(SalariesParamsDoc).map(([name, schema]) => queryParameter(name, schema)),
          responses: {
            '200': { description: 'The figures.', headers: CACHE_HEADERS, content: json('Salaries') },
            '304': notModified,
            '400': { $ref: '#/components/responses/InvalidParameters' },
            ...errorResponses,
          },
        },
      },
      '/suggest': {
        get: {
          operationId: 'suggest',
          summary: 'Suggestions while typing a search',
          description:
            'Catalogue filters (a language, a schedule…), companies and job titles for what has been typed so far, best ' +
            'first: prefixes of any word, then typos and the other keyboard layout. For a search box: cached for a minute.',
          parameters: Object.entries(SuggestParams).map(([name, schema]) => queryParameter(name, schema)),
          responses: {
            '200': { description: 'Up to eight suggestions.', headers: CACHE_HEADERS, content: json('Suggestions') },
            '304': notModified,
            '400': { $ref: '#/components/responses/InvalidParameters' },
            ...errorResponses,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: {
            '200': { description: 'The OpenAPI 3.1 document.', headers: CACHE_HEADERS, content: { 'application/json': { schema: { type: 'object' } } } },
            '304': notModified,
            ...errorResponses,
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embeddable(schema as JsonSchema)])),
      headers: {
        ETag: { description: 'Weak validator of the body; send it back in If-None-Match.', schema: { type: 'string' } },
        'RateLimit-Limit': { description: `Requests allowed per window (${API_RATE_LIMIT.points}).`, schema: { type: 'integer' } },
        'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
        'RateLimit-Reset': { description: 'Seconds until the window starts over.', schema: { type: 'integer' } },
      },
      responses: {
        InvalidParameters: { description: 'A parameter could not be read; `issues` says which and why.', headers: RATE_HEADERS, content: json('InvalidParameters') },
        RateLimited: {
          description: `More than ${API_RATE_LIMIT.points} requests in ${API_RATE_LIMIT.windowSeconds} seconds from one address.`,
          headers: { ...RATE_HEADERS, 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
          content: json('Error'),
        },
        InternalError: { description: 'Something failed on our side.', content: json('Error') },
        Unavailable: {
          description: 'The service is briefly unavailable (the database is out of reach).',
          headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
          content: {
            'application/json': {
              schema: { type: 'object', properties: { error: { const: 'unavailable' } }, required: ['error'] },
            },
          },
        },
      },
    },
  };
}
