import { markdownBlocks } from '@/components/vacancies/job-posting-json-ld';

const MAX_SENTENCE = 200;

/** The description's first sentence as plain text, shortened for a meta description. */
export function firstSentence(markdown: string): string {
  const paragraph = markdownBlocks(markdown).find((b) => b.kind === 'paragraph');
  if (!paragraph || paragraph.kind !== 'paragraph') return '';
  const sentence = /^.*?[.!?…](?=\s|$)/.exec(paragraph.text)?.[0] ?? paragraph.text;
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE - 1).trimEnd()}…`;
}

/** "от 45 000 ₽ в месяц · Сменный график, 2/2. Ищем оператора…" */
export function metaDescription(parts: { salary: string | null; schedule: string; sentence: string }): string {
  const facts = [parts.salary, parts.schedule].filter(Boolean).join(' · ');
  return parts.sentence ? `${facts}. ${parts.sentence}` : facts;
}
