import type { ComponentPropsWithoutRef, ReactElement } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { join } from '@/components/ui/join';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;
type MdNode = { type: string; depth?: number; children?: MdNode[] };

function collectHeadings(node: MdNode, found: MdNode[] = []): MdNode[] {
  if (node.type === 'heading') found.push(node);
  for (const child of node.children ?? []) collectHeadings(child, found);
  return found;
}

/**
 * Renumbers headings so the author's top level becomes `topLevel` and the levels they use follow without gaps
 * (`#`/`###` → h3/h4): user content never gets an h1 and nests under the page's own section headings.
 */
function remarkShiftHeadings(topLevel: HeadingLevel) {
  return () => (tree: MdNode) => {
    const headings = collectHeadings(tree);
    const depths = [...new Set(headings.map((h) => h.depth ?? 1))].sort((a, b) => a - b);
    for (const heading of headings) heading.depth = Math.min(6, topLevel + depths.indexOf(heading.depth ?? 1));
  };
}

const headingClass = 'mt-6 mb-2 font-semibold text-ink-950 first:mt-0';

const components: Components = {
  a: ({ node: _node, className, ...rest }) => (
    <a
      {...rest}
      rel="nofollow ugc noopener"
      className={join('font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900', className)}
    />
  ),
  h2: ({ node: _node, ...rest }) => <h2 {...rest} className={join(headingClass, 'text-xl')} />,
  h3: ({ node: _node, ...rest }) => <h3 {...rest} className={join(headingClass, 'text-lg')} />,
  h4: ({ node: _node, ...rest }) => <h4 {...rest} className={join(headingClass, 'text-base')} />,
  h5: ({ node: _node, ...rest }) => <h5 {...rest} className={join(headingClass, 'text-base')} />,
  h6: ({ node: _node, ...rest }) => <h6 {...rest} className={join(headingClass, 'text-sm')} />,
  table: ({ node: _node, ...rest }) => (
    <div className="my-4 overflow-x-auto">
      <table {...rest} className="w-full border-collapse text-sm" />
    </div>
  ),
};

// Block spacing and lists for the sanitized elements, without a typography plugin.
const prose = [
  'text-ink-800 break-words',
  '[&_p]:my-3 [&_ul]:my-3 [&_ol]:my-3 [&_ul]:list-disc [&_ol]:list-decimal [&_ul]:pl-6 [&_ol]:pl-6 [&_li]:my-1',
  '[&_li>p]:my-0 [&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-line-strong [&_blockquote]:pl-4 [&_blockquote]:text-ink-700',
  '[&_code]:rounded [&_code]:bg-sand-100 [&_code]:px-1 [&_code]:text-[0.9em] [&_pre]:my-4 [&_pre]:overflow-x-auto [&_pre]:rounded-control [&_pre]:bg-sand-100 [&_pre]:p-4',
  '[&_hr]:my-6 [&_hr]:border-line [&_strong]:font-semibold [&_strong]:text-ink-950',
  '[&_th]:border [&_th]:border-line [&_th]:bg-sand-100 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_td]:border [&_td]:border-line [&_td]:px-3 [&_td]:py-2',
  '[&>:first-child]:mt-0 [&>:last-child]:mb-0',
].join(' ');

type MarkdownProps = {
  /** Untrusted Markdown (vacancy or company descriptions). */
  children: string;
  /** Level the author's top headings become; pick one below the section heading the text sits under. */
  headingLevel?: HeadingLevel;
} & Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * Renders user-written Markdown (GFM) safely: raw HTML is dropped, the output passes rehype-sanitize's
 * default (GitHub) schema, images are left out (tracking pixels, layout), links get rel="nofollow ugc noopener".
 */
export function Markdown({ children, headingLevel = 3, className, ...rest }: MarkdownProps) {
  return (
    <div className={join(prose, className)} {...rest}>
      {rendered(children, headingLevel)}
    </div>
  );
}

// Parsing, sanitizing and building the tree costs ~6 ms for a typical description, on every view of a
// vacancy page; the result depends only on the text and the level, and React elements are immutable, so the
// same text is rendered once per server process. A bounded map, oldest out first. Not in the browser: the
// employer's live preview renders a new text on every keystroke.
const RENDERED_MAX = 500;
const renderedCache = new Map<string, ReactElement>();

function rendered(text: string, headingLevel: HeadingLevel): ReactElement {
  const onServer = typeof window === 'undefined';
  const key = `${headingLevel}\u0000${text}`;
  const found = onServer ? renderedCache.get(key) : undefined;
  if (found) return found;
  const element = ReactMarkdown({
    remarkPlugins: [remarkGfm, remarkShiftHeadings(headingLevel)],
    rehypePlugins: [rehypeSanitize],
    skipHtml: true,
    disallowedElements: ['img'],
    components,
    children: text,
  });
  if (!onServer) return element;
  if (renderedCache.size >= RENDERED_MAX) renderedCache.delete(renderedCache.keys().next().value!);
  renderedCache.set(key, element);
  return element;
}
