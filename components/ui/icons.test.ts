import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ICON_SHAPES, iconCss } from './icon-shapes';
import { BookmarkIcon, SearchIcon } from './icons';

describe('icons', () => {
  it('icons.css is what the shapes give (run `npm run icons:css` after changing them)', () => {
    expect(readFileSync(path.join(import.meta.dirname, 'icons.css'), 'utf8')).toBe(iconCss());
  });

  it('every shape has its rule, with a mask that parses as an SVG data URL', () => {
    const css = iconCss();
    for (const name of [...Object.keys(ICON_SHAPES), 'bookmark-filled']) {
      const rule = new RegExp(`\\.icon-${name} \\{ --icon: url\\("data:image/svg\\+xml,([^"]+)"\\); \\}`).exec(css);
      expect(rule, name).not.toBeNull();
      const markup = decodeURIComponent(rule![1]!);
      expect(markup).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24' .*<\/svg>$/);
      expect(markup).not.toContain('"');
    }
  });

  it('render as one decorative element with the size and colour classes given', () => {
    expect(renderToStaticMarkup(createElement(SearchIcon, { className: 'size-4 text-brand-600' }))).toBe(
      '<span aria-hidden="true" class="icon icon-search size-4 text-brand-600"></span>',
    );
    expect(renderToStaticMarkup(createElement(SearchIcon))).toContain('class="icon icon-search size-5"');
    expect(renderToStaticMarkup(createElement(BookmarkIcon, { filled: true }))).toContain('icon-bookmark-filled');
  });
});
