import { Fragment } from 'react';
import { splitHighlights } from './highlight';

/** `text` with every occurrence of `phrases` in <mark>, e.g. the words that raised a vacancy's risk score. */
export function HighlightedText({ text, phrases }: { text: string; phrases: string[] }) {
  return splitHighlights(text, phrases).map((segment, i) =>
    segment.marked ? (
      <mark key={i} className="rounded-sm bg-accent-100 px-0.5 text-ink-950">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
