import { describe, expect, it } from 'vitest';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { VacancyInputSchema } from './schemas';


const errors = (input: object) => {
  const result = VacancyInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('VacancyInputSchema', () => {
  it('parses a full vacancy from form values', () => {
    const v = VacancyInputSchema.parse(VALID_VACANCY);
    expect(v).toMatchObject({ salaryFrom: 45000, hoursPerWeek: 42, nightShifts: true, voiceRequired: false, shiftsPerWeek: undefined });
  });
  it.each([
    [{ title: 'abc' }, 'title', 'vacancyForm.errors.titleTooShort'],
    [{ industry: 'casino' }, 'industry', 'vacancyForm.errors.choose'],
    [{ languages: [] }, 'languages', 'vacancyForm.errors.languagesRequired'],
    [{ languages: [{ language: 'ru', level: 'B1' }, { language: 'ru', level: 'C1' }] }, 'languages', 'vacancyForm.errors.languageTwice'],
    [{ salaryFrom: '70000', salaryTo: '60000' }, 'salaryTo', 'vacancyForm.errors.salaryOrder'],
    [{ salaryCurrency: '' }, 'salaryCurrency', 'vacancyForm.errors.currencyRequired'],
    [{ salaryFrom: 'много' }, 'salaryFrom', 'vacancyForm.errors.number'],
    [{ shiftSlots: [{ start: '25:00', end: '09:00', timeZone: 'Europe/Moscow' }] }, 'shiftSlots.0.start', 'vacancyForm.errors.time'],
    [{ shiftSlots: [{ start: '21:00', end: '09:00', timeZone: 'Mars/Base' }] }, 'shiftSlots.0.timeZone', 'vacancyForm.errors.timeZone'],
    [{ shiftSlots: [] }, 'shiftSlots', 'vacancyForm.errors.slotsRequired'],
    [{ applyUrl: 'javascript:alert(1)' }, 'applyUrl', 'vacancyForm.errors.url'],
    [{ applyUrl: '' }, 'applyUrl', 'vacancyForm.errors.urlRequired'],
    [{ applyMode: 'email', applyEmail: '' }, 'applyEmail', 'vacancyForm.errors.emailRequired'],
    [{ contractTypes: [] }, 'contractTypes', 'vacancyForm.errors.contractRequired'],
    [{ abroadAllowed: '', abroadCountries: ['KZ'] }, 'abroadCountries', 'vacancyForm.errors.countriesWithoutAbroad'],
    [{ trainingProvided: '', trainingDays: '5' }, 'trainingProvided', 'vacancyForm.errors.trainingDetailsWithoutTraining'],
    [{ kpiConcurrentChats: '2.5' }, 'kpiConcurrentChats', 'vacancyForm.errors.wholeNumber'],
  ])('refuses %o at the field', (patch, path, key) => {
    expect(errors({ ...VALID_VACANCY, ...patch })[path]).toBe(key);
  });
  it('allows a vacancy without salary', () => {
    expect(errors({ ...VALID_VACANCY, salaryFrom: '', salaryTo: '', salaryCurrency: '', salaryPeriod: '', salaryGross: '' })).toEqual({});
  });
});
