import { describe, expect, it } from 'vitest';
import { displayStatus, displayStatusCounts } from './display-status';

describe('a blocked company’s status summary', () => {
  it('counts published vacancies as hidden by the block', () => {
    expect(displayStatusCounts({ published: 3, pending: 2, closed: 1 }, true)).toEqual({ hiddenByBlock: 3, pending: 2, closed: 1 });
    expect(displayStatus('published', true)).toBe('hiddenByBlock');
  });
  it('leaves an unblocked company’s counts as they are', () => {
    expect(displayStatusCounts({ published: 3, pending: 2 }, false)).toEqual({ published: 3, pending: 2 });
    expect(displayStatus('removed', true)).toBe('removed');
  });
});
