import { describe, expect, it } from 'vitest';
import { ApplySchema, WithdrawTokenSchema } from './schemas';

const valid = { name: '  Анна Смирнова ', email: ' Anna@Example.COM ', consent: 'on', startedAt: '1764547200000', locale: 'ru' };
const errorsOf = (input: object) => {
  const parsed = ApplySchema.safeParse({ ...valid, ...input });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('ApplySchema', () => {
  it('accepts the minimum and normalizes it', () => {
    expect(ApplySchema.parse(valid)).toEqual({
      name: 'Анна Смирнова', email: 'anna@example.com', phone: null, telegram: null, languages: [], experience: null,
      preferredShifts: null, coverMessage: '', cvUrl: null, website: '', startedAt: 1764547200000, locale: 'ru',
    });
  });

  it('turns language rows into a list, skipping empty rows', () => {
    const parsed = ApplySchema.parse({ ...valid, language1: 'ru', level1: 'native', language2: '', level2: '', language3: 'en', level3: 'B2' });
    expect(parsed.languages).toEqual([{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }]);
  });

  it('reports half-filled and repeated language rows at the row', () => {
    expect(errorsOf({ language1: 'en' })).toEqual({ level1: 'apply.errors.levelMissing' });
    expect(errorsOf({ level2: 'B1' })).toEqual({ language2: 'apply.errors.languageMissing' });
    expect(errorsOf({ language1: 'en', level1: 'B1', language3: 'en', level3: 'C1' })).toEqual({ language3: 'apply.errors.languageDuplicate' });
    expect(errorsOf({ language1: 'xx', level1: 'Z9' })).toEqual({ language1: 'apply.errors.language', level1: 'apply.errors.level' });
    // Shown together with other fields' errors, not one round later.
    expect(errorsOf({ name: '', language2: 'de' })).toEqual({ name: 'apply.errors.nameRequired', level2: 'apply.errors.levelMissing' });
  });

  it('accepts phones as people write them and refuses what is not a number', () => {
    expect(ApplySchema.parse({ ...valid, phone: ' +7 (900) 123-45-67 ' }).phone).toBe('+7 (900) 123-45-67');
    expect(ApplySchema.parse({ ...valid, phone: '8 900 123 45 67' }).phone).toBe('8 900 123 45 67');
    for (const phone of ['12345', '+7 900 abc', '1'.repeat(16), '++79001234567x']) expect(errorsOf({ phone })).toEqual({ phone: 'apply.errors.phone' });
  });

  it('takes a Telegram username with or without @ or as a t.me link', () => {
    for (const telegram of ['ivan_petrov', '@ivan_petrov', 'https://t.me/ivan_petrov', 't.me/ivan_petrov']) {
      expect(ApplySchema.parse({ ...valid, telegram }).telegram).toBe('@ivan_petrov');
    }
    for (const telegram of ['@abc', '@1ivan', '@ivan-petrov', `@${'a'.repeat(33)}`]) expect(errorsOf({ telegram })).toEqual({ telegram: 'apply.errors.telegram' });
  });

  it('needs consent, a name, a real email and a render time', () => {
    const { consent: _consent, startedAt: _startedAt, ...rest } = valid;
    const parsed = ApplySchema.safeParse({ ...rest, name: 'А', email: 'not-an-email' });
    const keys = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(keys.sort()).toEqual([
      'consent:apply.errors.consentRequired', 'email:apply.errors.emailInvalid', 'name:apply.errors.nameRequired', 'startedAt:apply.errors.reload',
    ]);
    expect(errorsOf({ consent: 'off' })).toEqual({ consent: 'apply.errors.consentRequired' });
    expect(errorsOf({ email: '' })).toEqual({ email: 'apply.errors.emailRequired' });
  });

  it('limits lengths and accepts only web links as a CV', () => {
    expect(errorsOf({ name: 'я'.repeat(101), coverMessage: 'x'.repeat(2001), preferredShifts: 'y'.repeat(301) })).toEqual({
      name: 'apply.errors.nameTooLong', coverMessage: 'apply.errors.coverTooLong', preferredShifts: 'apply.errors.shiftsTooLong',
    });
    for (const cvUrl of ['javascript:alert(1)', 'ftp://cv.example/me.pdf', 'cv.pdf']) expect(errorsOf({ cvUrl })).toEqual({ cvUrl: 'apply.errors.cvUrl' });
    expect(ApplySchema.parse({ ...valid, cvUrl: 'https://hh.ru/resume/abc' }).cvUrl).toBe('https://hh.ru/resume/abc');
  });

  it('treats blank optional fields as missing and an unknown experience as an error', () => {
    expect(ApplySchema.parse({ ...valid, phone: ' ', telegram: '', cvUrl: '', experience: '' })).toMatchObject({ phone: null, telegram: null, cvUrl: null, experience: null });
    expect(errorsOf({ experience: 'tenYears' })).toEqual({ experience: 'apply.errors.experience' });
    expect(ApplySchema.parse({ ...valid, locale: 'de' }).locale).toBe('ru');
  });
});

describe('WithdrawTokenSchema', () => {
  it('accepts only the shape of our tokens', () => {
    expect(WithdrawTokenSchema.safeParse('a'.repeat(43)).success).toBe(true);
    for (const bad of ['', 'short', `${'a'.repeat(42)}/`, 'a'.repeat(200)]) expect(WithdrawTokenSchema.safeParse(bad).success).toBe(false);
  });
});
