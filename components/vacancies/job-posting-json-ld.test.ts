import { describe, expect, it } from 'vitest';
import {
  buildJobPostingJsonLd,
  ON_SITE_APPLY_AVAILABLE,
  markdownBlocks,
  markdownToHtml,
  markdownToPlainText,
  type JobPostingSource,
} from './job-posting-json-ld';

const context = { url: 'https://chatshift.example/vacancies/chat-operator-1a2b3c4d', industry: 'E-commerce' };

function source(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: '5f0c8d1e-0000-4000-8000-000000000001',
    title: 'Оператор чата',
    description: 'Отвечать покупателям в чате.\n\n### Условия\n\n- Обучение\n- Оклад',
    employment: 'full',
    experience: 'noExperience',
    salary: { from: 45_000, to: 60_000, currency: 'RUB', period: 'month', gross: false, minRub: 45_000, maxRub: 60_000 },
    publishedAt: new Date('2026-11-01T09:00:00Z'),
    expiresAt: new Date('2026-12-01T09:00:00Z'),
    abroadAllowed: false,
    abroadCountries: [],
    apply: { mode: 'url' },
    company: { name: 'Shopline', website: 'https://shopline.example', country: 'RU' },
    ...overrides,
  };
}

describe('buildJobPostingJsonLd', () => {
  it('describes a remote vacancy with the fields Google reads', () => {
    expect(buildJobPostingJsonLd(source(), context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Оператор чата',
      description: '<p>Отвечать покупателям в чате.</p><h3>Условия</h3><ul><li>Обучение</li><li>Оклад</li></ul>',
      url: context.url,
      identifier: { '@type': 'PropertyValue', name: 'ChatShift', value: '5f0c8d1e-0000-4000-8000-000000000001' },
      datePosted: '2026-11-01T09:00:00.000Z',
      validThrough: '2026-12-01T09:00:00.000Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Shopline', sameAs: 'https://shopline.example' },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'Russia' }],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'RUB',
        value: { '@type': 'QuantitativeValue', minValue: 45_000, maxValue: 60_000, unitText: 'MONTH' },
      },
      directApply: false,
      experienceRequirements: 'no requirements',
      industry: 'E-commerce',
    });
  });

  it.each([
    ['full', 'FULL_TIME'],
    ['part', 'PART_TIME'],
    ['project', 'CONTRACTOR'],
  ] as const)('maps %s employment to %s', (employment, expected) => {
    expect(buildJobPostingJsonLd(source({ employment }), context).employmentType).toBe(expected);
  });

  it.each([
    ['between1And3', 12],
    ['between3And6', 36],
    ['moreThan6', 72],
  ] as const)('asks for %s as %i months of experience', (experience, months) => {
    expect(buildJobPostingJsonLd(source({ experience }), context).experienceRequirements).toEqual({
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: months,
    });
  });

  it.each([
    ['hour', 'HOUR'],
    ['shift', 'DAY'],
    ['month', 'MONTH'],
  ] as const)('gives %s pay the unit %s', (period, unit) => {
    const salary = { from: 300, to: null, currency: 'USD' as const, period, gross: null, minRub: 1, maxRub: 1 };
    const jsonLd = buildJobPostingJsonLd(source({ salary }), context);
    expect(jsonLd.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 300, unitText: unit },
    });
  });

  it('keeps only the upper bound of an "up to" salary and leaves out a missing one', () => {
    const upTo = { from: null, to: 900, currency: 'EUR' as const, period: 'month' as const, gross: true, minRub: 1, maxRub: 1 };
    expect(buildJobPostingJsonLd(source({ salary: upTo }), context).baseSalary?.value).toEqual({
      '@type': 'QuantitativeValue',
      maxValue: 900,
      unitText: 'MONTH',
    });
    expect(buildJobPostingJsonLd(source({ salary: null }), context)).not.toHaveProperty('baseSalary');
  });

  it('always states where applicants may live: home country plus the allowed countries, or the usual hiring countries', () => {
    const listed = buildJobPostingJsonLd(source({ abroadAllowed: true, abroadCountries: ['kz', 'BY', 'RU'] }), context);
    expect(listed.applicantLocationRequirements?.map((c) => c.name)).toEqual(['Russia', 'Kazakhstan', 'Belarus']);
    // Countries listed while abroad work is off are leftovers of an edit and do not count.
    const homeOnly = buildJobPostingJsonLd(source({ abroadAllowed: false, abroadCountries: ['KZ'] }), context);
    expect(homeOnly.applicantLocationRequirements?.map((c) => c.name)).toEqual(['Russia']);
    // "Any country" is written out (Google requires a location for TELECOMMUTE): the CIS countries and Georgia.
    const anywhere = buildJobPostingJsonLd(source({ abroadAllowed: true, abroadCountries: [] }), context);
    expect(anywhere.applicantLocationRequirements.map((c) => c.name)).toEqual([
      'Russia', 'Kazakhstan', 'Belarus', 'Uzbekistan', 'Kyrgyzstan', 'Armenia', 'Georgia', 'Azerbaijan', 'Tajikistan', 'Moldova',
    ]);
    const germanAnywhere = buildJobPostingJsonLd(source({ abroadAllowed: true, company: { name: 'X', website: null, country: 'DE' } }), context);
    expect(germanAnywhere.applicantLocationRequirements[0]!.name).toBe('Germany');
    expect(germanAnywhere.applicantLocationRequirements).toHaveLength(11);
    // A company without a country hires where the board's market is.
    const unknownHome = buildJobPostingJsonLd(source({ company: { name: 'X', website: null, country: null } }), context);
    expect(unknownHome.applicantLocationRequirements.map((c) => c.name)).toEqual(['Russia']);
    expect(unknownHome.hiringOrganization).toEqual({ '@type': 'Organization', name: 'X' });
  });

  it('marks direct apply only for the on-site form', () => {
    expect(buildJobPostingJsonLd(source({ apply: { mode: 'form' } }), context).directApply).toBe(ON_SITE_APPLY_AVAILABLE);
    expect(buildJobPostingJsonLd(source({ apply: { mode: 'email' } }), context).directApply).toBe(false);
    expect(buildJobPostingJsonLd(source({ apply: null }), context).directApply).toBe(false);
  });

  it('omits validThrough without an expiry date', () => {
    expect(buildJobPostingJsonLd(source({ expiresAt: null }), context)).not.toHaveProperty('validThrough');
  });
});

describe('Markdown as text', () => {
  const markdown = [
    '# Welcome',
    '',
    'We **need** an [operator](https://example.com) for `chat`.',
    'Second line <script>alert(1)</script> & more.',
    '',
    '- first',
    '  continued',
    '',
    '- second',
    '1. one',
    '',
    '> quoted',
    '',
    '---',
    '![pixel](https://t.example/p.png)',
  ].join('\n');

  it('splits paragraphs, headings and lists, dropping inline markup and raw HTML', () => {
    expect(markdownBlocks(markdown)).toEqual([
      { kind: 'heading', text: 'Welcome' },
      { kind: 'paragraph', text: 'We need an operator for chat. Second line alert(1) & more.' },
      { kind: 'list', ordered: false, items: ['first continued', 'second'] },
      { kind: 'list', ordered: true, items: ['one'] },
      { kind: 'paragraph', text: 'quoted' },
      { kind: 'paragraph', text: 'pixel' },
    ]);
  });

  it('renders escaped HTML and plain text', () => {
    expect(markdownToHtml('a <b> & "c"\n\n- x')).toBe('<p>a &amp; &quot;c&quot;</p><ul><li>x</li></ul>');
    expect(markdownToHtml('1 < 2')).toBe('<p>1 &lt; 2</p>');
    expect(markdownToPlainText('## Duties\n\n- chat\n- mail')).toBe('Duties\n\n• chat\n• mail');
    expect(markdownToPlainText('')).toBe('');
  });
});
