import { ECOMMERCE_TEMPLATES } from './vacancies-ecommerce';
import { FINANCE_TEMPLATES } from './vacancies-finance';
import { EDTECH_TEMPLATES } from './vacancies-edtech';
import { TELECOM_TEMPLATES } from './vacancies-telecom';
import { SOFTWARE_TEMPLATES } from './vacancies-software';
import { OTHER_TEMPLATES } from './vacancies-other';
import type { SeedVacancyTemplate } from './types';

export type { Localized, LocalizedList, SeedCompany, SeedVacancyTemplate } from './types';
export { SEED_COMPANIES } from './companies';
export { KPI_NOTES, TRAINING_NOTES, EQUIPMENT_NOTES } from './notes';
export { ECOMMERCE_TEMPLATES, FINANCE_TEMPLATES, EDTECH_TEMPLATES, TELECOM_TEMPLATES, SOFTWARE_TEMPLATES, OTHER_TEMPLATES };

/** Interleave lists so consecutive indices rotate through them: a[0], b[0], c[0], …, a[1], b[1], … */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const max = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < max; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

export const SEED_VACANCY_TEMPLATES: SeedVacancyTemplate[] = interleave([
  ECOMMERCE_TEMPLATES,
  FINANCE_TEMPLATES,
  EDTECH_TEMPLATES,
  TELECOM_TEMPLATES,
  SOFTWARE_TEMPLATES,
  OTHER_TEMPLATES,
]);

const HEADINGS = {
  ru: { duties: 'Обязанности', requirements: 'Требования', conditions: 'Условия' },
  en: { duties: 'Duties', requirements: 'Requirements', conditions: 'What we offer' },
} as const;

/** Markdown description: summary paragraph, then duties, requirements and conditions as bullet lists. */
export function renderDescription(t: SeedVacancyTemplate, locale: 'ru' | 'en'): string {
  const h = HEADINGS[locale];
  const section = (title: string, items: string[]): string => [`### ${title}`, '', ...items.map((s) => `- ${s}`)].join('\n');
  return [
    t.summary[locale],
    section(h.duties, t.duties[locale]),
    section(h.requirements, t.requirements[locale]),
    section(h.conditions, t.conditions[locale]),
  ].join('\n\n');
}
