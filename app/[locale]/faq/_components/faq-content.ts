import type { ComponentProps } from 'react';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { listingHref } from '@/components/content/listing-href';
import type { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

// Display order; the first group holds the five questions candidates ask most.
const FAQ_GROUPS = [
  { id: 'basics', questions: ['q1', 'q2', 'q3', 'q4', 'q5'] },
  { id: 'conditions', questions: ['q6', 'q7', 'q8', 'q9'] },
  { id: 'shift', questions: ['q10', 'q11', 'q12'] },
  { id: 'safety', questions: ['q13', 'q14'] },
] as const;

type QuestionId = (typeof FAQ_GROUPS)[number]['questions'][number];
type GroupId = (typeof FAQ_GROUPS)[number]['id'];

// Where an answer continues: a filtered listing or a section of the guide. Each has a `link` label in faq.*.json.
const FAQ_LINKS = {
  q1: { pathname: '/guide' },
  q2: listingHref({ experience: 'noExperience' }),
  q3: listingHref({ schedule: 'shift' }),
  q4: listingHref({ chatOnly: '1' }),
  q5: listingHref({ abroad: '1' }),
  q6: { pathname: '/guide', hash: 'pay' },
  q7: listingHref({ training: '1' }),
  q8: { pathname: '/guide', hash: 'setup' },
  q11: listingHref({ noNight: '1' }),
  q12: listingHref({ employment: 'part' }),
  q14: listingHref(),
} satisfies Partial<Record<QuestionId, Href>>;

type LinkedQuestion = keyof typeof FAQ_LINKS;

function isLinked(id: QuestionId): id is LinkedQuestion {
  return id in FAQ_LINKS;
}

export type FaqEntry = {
  id: QuestionId;
  question: string;
  /** Plain text: shown on the page and in the FAQPage structured data. */
  answer: string;
  link: { href: Href; label: string } | null;
};

export type FaqGroup = { id: GroupId; heading: string; entries: FaqEntry[] };

/** The FAQ in one language, grouped for display. */
export async function getFaqGroups(locale: Locale): Promise<FaqGroup[]> {
  const t = await getTranslations({ locale, namespace: 'faq' });
  return FAQ_GROUPS.map((group) => ({
    id: group.id,
    heading: t(`groups.${group.id}`),
    entries: group.questions.map((id) => ({
      id,
      question: t(`items.${id}.question`),
      answer: t(`items.${id}.answer`),
      link: isLinked(id) ? { href: FAQ_LINKS[id], label: t(`items.${id}.link`) } : null,
    })),
  }));
}

/** schema.org FAQPage with every question on the page, in page order. */
export function buildFaqJsonLd(groups: FaqGroup[], url: string, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    inLanguage: locale,
    mainEntity: groups.flatMap((group) =>
      group.entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      })),
    ),
  };
}
