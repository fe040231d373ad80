import { describe, expect, it } from 'vitest';
import { extractContacts, normalizeContact, normalizeLink, normalizePhone } from './contacts';

const values = (...texts: string[]) => extractContacts(texts).map((c) => `${c.kind}:${c.value}`);

describe('phones', () => {
  it('writes one number one way whatever the spelling', () => {
    for (const raw of ['+7 (900) 123-45-67', '89001234567', '8 900 123 45 67', '+79001234567', '8(900)123-45-67', '+7 900 123 4567']) {
      expect(values(`Звоните: ${raw}.`)).toEqual(['phone:+79001234567']);
    }
  });
  it('reads WhatsApp links as the phone behind them', () => {
    expect(values('Пишите в WhatsApp: https://wa.me/79001234567')).toEqual(['phone:+79001234567']);
    expect(values('api.whatsapp.com/send?phone=79001234567')).toEqual(['phone:+79001234567']);
  });
  it('does not take salaries, dates or counts for phones', () => {
    expect(values('Доход от 60 000 до 80 000 ₽, смены 2/2 с 09:00 до 21:00, 1 200 000 подписчиков, ИНН 7701234567')).toEqual([]);
    expect(values('Премия +10 000 - 20 000 ₽ в месяц, бонус + 15 000-25 000, надбавка +12 500 000 руб.')).toEqual([]);
    expect(values('Оклад +45 000 000 в месяц')).toEqual([]);
  });
  it('reads a 7 without a plus when a mobile number follows', () => {
    expect(values('Тел. 7 900 123-45-67')).toEqual(['phone:+79001234567']);
  });
  it('keeps foreign numbers in international form', () => {
    expect(normalizePhone('+375 29 123-45-67')).toBe('+375291234567');
    expect(normalizePhone('12345')).toBeNull();
  });
});

describe('Telegram', () => {
  it('takes t.me links and @handles as the same account', () => {
    expect(values('Связь: t.me/HR_Manager_01')).toEqual(['telegram:@hr_manager_01']);
    expect(values('Связь: @HR_Manager_01')).toEqual(['telegram:@hr_manager_01']);
    expect(values('https://telegram.me/hr_manager_01')).toEqual(['telegram:@hr_manager_01']);
    expect(values('https://t.me/s/HR_Manager_01')).toEqual(['telegram:@hr_manager_01']);
  });
  it('keeps invite links case-sensitive and skips service paths', () => {
    expect(values('Чат: https://t.me/+AbCdEfGh123')).toEqual(['telegram:t.me/+AbCdEfGh123']);
    expect(values('t.me/joinchat')).toEqual([]);
  });
  it('does not read the middle of an email as a handle', () => {
    expect(values('Резюме на hr@company.ru')).toEqual(['email:hr@company.ru']);
  });
});

describe('emails and sites', () => {
  it('lower-cases emails', () => {
    expect(values('Пишите: Jobs.Team@Example.COM')).toEqual(['email:jobs.team@example.com']);
  });
  it('takes the site of a link, without www and paths', () => {
    expect(values('Анкета: https://www.shop-example.ru/jobs/operator?utm=1')).toEqual(['domain:shop-example.ru']);
    expect(values('подробнее на careers.shop-example.ru/chat')).toEqual(['domain:shop-example.ru']);
    expect(normalizeLink('https://my.company.com.ru/x')).toBe('company.com.ru');
  });
  it('takes the account on shared hosts, so two forms on Google are two contacts', () => {
    expect(values('https://docs.google.com/forms/d/e/1FAIpQL/viewform')).toEqual(['domain:docs.google.com/forms/d/e/1faipql']);
    expect(values('vk.com/club123 и bit.ly/3abc')).toEqual(['domain:vk.com/club123', 'domain:bit.ly/3abc']);
    expect(values('https://vk.com/')).toEqual([]);
  });
  it('leaves out public sites and posts on shared hosts', () => {
    expect(values('Поддержка покупателей Ozon.ru и wildberries.ru, самозанятость на nalog.ru, карта: https://yandex.ru/maps/213')).toEqual([]);
    expect(values('Видео о работе: https://www.youtube.com/watch?v=abc, пост https://instagram.com/p/XYZ')).toEqual([]);
    expect(values('https://www.youtube.com/@ChatShiftHR')).toEqual(['domain:youtube.com/@chatshifthr']);
  });
  it("leaves out the company's own site", () => {
    expect(extractContacts(['Подробнее: https://shop-example.ru/jobs'], { ownSite: 'https://www.shop-example.ru' })).toEqual([]);
  });
  it('finds each contact once across fields', () => {
    expect(values('t.me/abcd_e, @abcd_e', 'https://t.me/abcd_e')).toEqual(['telegram:@abcd_e']);
  });
  it('survives hostile input', () => {
    const long = `${'8'.repeat(10_000)} @${'a'.repeat(10_000)} ${'x.'.repeat(5_000)}ru \u0000 %E0%A4%A`;
    const started = performance.now();
    expect(() => extractContacts([long, long])).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('normalizeContact (what an admin types to block)', () => {
  it('accepts the usual spellings', () => {
    expect(normalizeContact('phone', '8 (900) 123-45-67')).toBe('+79001234567');
    expect(normalizeContact('phone', 'wa.me/79001234567')).toBe('+79001234567');
    expect(normalizeContact('telegram', 'https://t.me/Scam_HR')).toBe('@scam_hr');
    expect(normalizeContact('telegram', '@Scam_HR')).toBe('@scam_hr');
    expect(normalizeContact('email', ' X@Y.RU ')).toBe('x@y.ru');
    expect(normalizeContact('domain', 'https://www.scam.example.ru/form')).toBe('example.ru');
  });
  it('refuses what is not a contact of that kind', () => {
    expect(normalizeContact('phone', 'позвоните')).toBeNull();
    expect(normalizeContact('telegram', 'a b')).toBeNull();
    expect(normalizeContact('email', 'nope')).toBeNull();
    expect(normalizeContact('domain', '')).toBeNull();
  });
});
