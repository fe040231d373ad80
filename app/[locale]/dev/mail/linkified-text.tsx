const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

/** A mail's plain text with its links clickable. */
export function LinkifiedText({ text }: { text: string }) {
  // split() with a capturing group puts the matches at the odd indexes.
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="break-all text-brand-700 underline underline-offset-2 hover:text-brand-900">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
