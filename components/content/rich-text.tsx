import type { ReactNode } from 'react';

/** Tags that editorial messages may use with `t.rich`, e.g. `"Pay is <strong>25–60k</strong>"`. */
export const richTags = {
  strong: (chunks: ReactNode) => <strong className="font-semibold text-ink-950">{chunks}</strong>,
};
