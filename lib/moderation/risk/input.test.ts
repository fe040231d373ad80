import { describe, expect, it } from 'vitest';
import { parseRiskInput } from './input';

describe('parseRiskInput', () => {
  it('accepts a bare text and fills the other title', () => {
    expect(parseRiskInput({ description: 'Оплатите обучение' })).toEqual({ ok: true, value: { title: '', description: 'Оплатите обучение' } });
  });

  it('treats null and blank strings as missing, coerces numbers and form booleans, drops unknown keys', () => {
    const parsed = parseRiskInput({
      id: 7,
      title: 'Оператор',
      description: '',
      salaryFrom: '50000',
      salaryTo: null,
      salaryCurrency: 'RUB',
      salaryPeriod: '',
      trainingPaid: 'on',
      company: { name: 'X', taxId: 7701234567, website: null, verified: 'false' },
      extra: { anything: true },
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        title: 'Оператор',
        description: '',
        salaryFrom: 50000,
        salaryCurrency: 'RUB',
        trainingPaid: true,
        company: { name: 'X', taxId: '7701234567', verified: false },
      },
    });
  });

  it('reports every wrong value with its path', () => {
    const parsed = parseRiskInput({ title: 'Оператор', salaryFrom: 'много', experience: 'senior', company: { verified: 'yes' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/salaryFrom: /);
    expect(parsed.error).toMatch(/experience: /);
    expect(parsed.error).toMatch(/company\.verified: /);
  });

  it.each([[null], ['text'], [42], [[]], [{}], [{ title: '  ', description: null }]])('rejects %j', (value) => {
    expect(parseRiskInput(value).ok).toBe(false);
  });
});
