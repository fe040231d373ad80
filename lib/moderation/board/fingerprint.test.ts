import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeForShingles, similarity } from './fingerprint';

const AD =
  'Оператор чата в интернет-магазин. Отвечаете покупателям в чате на сайте и в мессенджерах: статус заказа, ' +
  'доставка, возвраты. График 2/2 по 12 часов, можно из дома. Обучение оплачивается, наставник на первую неделю. ' +
  'Нужны компьютер, наушники и стабильный интернет от 20 Мбит/с. Оплата раз в две недели на карту.';

describe('MinHash fingerprints', () => {
  it('is deterministic and fits int4', () => {
    const a = fingerprint(AD)!;
    expect(fingerprint(AD)).toEqual(a);
    expect(a.minhash).toHaveLength(64);
    expect(a.bands).toHaveLength(16);
    for (const v of [...a.minhash, ...a.bands]) expect(v).toBe(v | 0);
  });
  it('ignores case, ё and punctuation', () => {
    expect(normalizeForShingles('Ёлка, ЧАТ!  «тест»')).toEqual(['елка', 'чат', 'тест']);
    expect(similarity(fingerprint(AD)!.minhash, fingerprint(AD.toUpperCase().replaceAll(',', ' ;'))!.minhash)).toBe(1);
  });
  it('finds a repost with a new company name and one word changed similar', () => {
    const repost = `Компания «Новый Рассвет». ${AD.replace('оплачивается', 'платное')}`;
    const s = similarity(fingerprint(AD)!.minhash, fingerprint(repost)!.minhash);
    expect(s).toBeGreaterThan(0.7);
    const shared = fingerprint(AD)!.bands.filter((b) => fingerprint(repost)!.bands.includes(b));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('keeps different ads about the same job apart', () => {
    const other =
      'Ищем специалиста поддержки для онлайн-школы. Консультируете учеников и родителей в чате, помогаете с ' +
      'расписанием и доступом к урокам. Пятидневка с 10 до 19 по Москве, удалённо. Оформление по ТК, белая зарплата.';
    expect(similarity(fingerprint(AD)!.minhash, fingerprint(other)!.minhash)).toBeLessThan(0.1);
  });
  it('does not fingerprint texts too short to compare', () => {
    expect(fingerprint('Оператор чата')).toBeNull();
  });
  it('stays fast on a 60 kB text', () => {
    const long = Array.from({ length: 6000 }, (_, i) => `слово${i}`).join(' ');
    const started = performance.now();
    expect(fingerprint(long)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
