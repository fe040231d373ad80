import type { ReactNode } from 'react';
import { ArticleSection, proseText } from '@/components/content/article-section';

/** One part of the page: its `id` is the contents' anchor. */
export function DocSection(props: { anchor: string; title: string; children: ReactNode }) {
  return <ArticleSection {...props} bodyClassName="space-y-4" />;
}

export { proseText };

const inlineCode = 'rounded bg-sand-100 px-1.5 py-0.5 font-mono text-[0.875em] text-ink-950 [overflow-wrap:anywhere]';

/** Tags the page's messages use with `t.rich`: `<code>` for names and values, `<link>` for the OpenAPI document. */
export const docTags = {
  code: (chunks: ReactNode) => <code className={inlineCode}>{chunks}</code>,
  link: (chunks: ReactNode) => (
    <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
      {chunks}
    </a>
  ),
};

/** A command or a JSON sample; long lines wrap instead of scrolling, so the page never scrolls sideways. */
export function CodeBlock({ children }: { children: string }) {
  return (
    <pre className="rounded-card border border-line bg-ink-950 p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap text-sand-50 [overflow-wrap:anywhere]">
      <code>{children}</code>
    </pre>
  );
}
