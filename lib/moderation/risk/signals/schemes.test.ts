import { describe, expect, it } from 'vitest';
import { scoreVacancy } from '../score';
import type { RiskCode, RiskInput } from '../types';

// The signals added after the fourth blind set (docs/decisions/011, "What the misses taught").
const VERIFIED = { name: 'ООО «Ромашка»', website: 'https://romashka.ru', legalName: 'ООО «Ромашка»', taxId: '7701234567', verified: true };
const ad = (description: string): RiskInput => ({ title: 'Оператор чата', description, experience: 'noExperience', applyMode: 'form', company: VERIFIED });
const reason = (text: string, code: RiskCode) => scoreVacancy(ad(text)).reasons.find((r) => r.code === code);
const codes = (text: string) => scoreVacancy(ad(text)).reasons.map((r) => r.code);

describe('taskScam', () => {
  it.each([
    ['Выполняете выкупы товаров по заданию куратора, кешбэк 15%.', 'Выполняете выкупы'],
    ['Первый выкуп делается на сумму от 1 000 ₽.', 'Первый выкуп'],
    ['Complete rating tasks and earn commission on every order.', 'Complete rating tasks and earn'],
  ])('finds %j', (text, phrase) => {
    expect(reason(text, 'taskScam')?.phrases).toContain(phrase);
    expect(reason(text, 'taskScam')?.weight).toBe(45);
  });

  it.each([
    'Наша главная метрика — процент выкупа заказов, за его рост платим премию.',
    'Отвечаете покупателям о сроках выкупа заказа из пункта выдачи.',
    'Мы не предлагаем никаких заданий с выкупом.',
  ])('stays quiet on %j', (text) => {
    expect(codes(text)).not.toContain('taskScam');
  });
});

describe('pyramid', () => {
  it.each([
    ['Доход — 20% с заработка каждого, кого вы пригласите.', '20% с заработка каждого'],
    ['Бонус за приглашённого друга — 500 ₽.', 'Бонус за приглашённого'],
    ['Earn 10% from your team and a bonus per referral.', 'Earn 10% from your team'],
  ])('finds %j', (text, phrase) => {
    expect(reason(text, 'pyramid')?.phrases).toContain(phrase);
  });

  it.each(['Премия 10% от продаж, которые вы закрыли в чате.', 'Приглашаем на собеседование каждого, кто прошёл тест.'])('stays quiet on %j', (text) => {
    expect(codes(text)).not.toContain('pyramid');
  });
});

describe('wider patterns from the same misses', () => {
  it('finds a "symbolic" access fee, a priced starter kit and equipment under the employee-paid insurance', () => {
    expect(codes('После теста активируйте доступ к платформе — символические 990 ₽.')).toContain('upfrontPayment');
    expect(codes('Стартовый набор (скрипты, шаблоны) — 1 900 ₽.')).toContain('upfrontPayment');
    expect(codes('Ноутбук передаётся под страховку, её стоимость оформляется на сотрудника.')).toContain('upfrontPayment');
  });

  it('finds a confirmation code read out and online-banking credentials', () => {
    expect(reason('После входа продиктуйте менеджеру код подтверждения из сообщения.', 'personalData')?.weight).toBe(60);
    expect(reason('We need the username and password you use for online banking.', 'personalData')?.weight).toBe(60);
    expect(codes('Для оформления понадобится подтверждённая учётная запись Госуслуг, пришлите логин менеджеру.')).toContain('personalData');
  });

  it('finds customers paying to the candidate’s account details, and dating profiles written for', () => {
    expect(codes('Покупатели оплачивают заказы по вашим реквизитам, вы отправляете выручку поставщику.')).toContain('moneyMule');
    expect(reason('Переписка с иностранцами от имени анкет агентства.', 'riskyClient')?.weight).toBe(35);
  });

  it('leaves honest ads about the same topics alone', () => {
    for (const text of [
      'Никогда не просим у клиента код подтверждения.',
      'Помогаете клиентам получить код подтверждения для входа.',
      'Гарнитуру выдаём бесплатно, залог не берём.',
      'Наша страховка ДМС действует с первого дня.',
      'Вы помогаете продавцам пополнить рекламный баланс.',
    ]) {
      expect(scoreVacancy(ad(text)).flagged).toBe(false);
    }
  });
});
