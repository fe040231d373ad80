import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Fails with the rule, the offending elements and axe's summary for every serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // A scan of a long page takes seconds on a loaded 2-core machine: each one gets its own 30 s.
  test.info().setTimeout(test.info().timeout + 30_000);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
  expect(serious).toEqual([]);
}
