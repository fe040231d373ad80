import { expect, test, type Page } from './support/test';
import { query } from './support/db';
import { AUTH, DEMO } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// Issue 12: axe finds no serious or critical violation on any page of the employer's and the admin's
// workspace, in Russian and in English, on a wide screen and a phone.

test.describe.configure({ timeout: 600_000 });

type Ids = { vacancy: string; draft: string; application: string; company: string; pending: string };

async function demoIds(): Promise<Ids> {
  const [row] = await query<Ids>(
    `SELECT
       (SELECT v.id FROM vacancies v JOIN memberships m ON m."companyId" = v."companyId" JOIN users u ON u.id = m."userId"
          WHERE u.email = $1 AND v.status = 'published' ORDER BY v."publishedAt" DESC LIMIT 1) AS vacancy,
       (SELECT v.id FROM vacancies v JOIN memberships m ON m."companyId" = v."companyId" JOIN users u ON u.id = m."userId"
          WHERE u.email = $1 AND v.status = 'draft' LIMIT 1) AS draft,
       (SELECT a.id FROM applications a JOIN vacancies v ON v.id = a."vacancyId" JOIN memberships m ON m."companyId" = v."companyId"
          JOIN users u ON u.id = m."userId" WHERE u.email = $1 ORDER BY a."createdAt" DESC LIMIT 1) AS application,
       (SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1) AS company,
       (SELECT id FROM vacancies WHERE status = 'pending' LIMIT 1) AS pending`,
    [DEMO.employer1.email],
  );
  return row!;
}

async function scan(page: Page, path: string) {
  const response = await page.goto(path, { timeout: 180_000 });
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator('main h1').first()).toBeVisible();
  // Every workspace page names itself, not just the site.
  expect((await page.title()).split(/ [—·|] /)[0]?.trim(), `${path} has its own <title>`).not.toBe('ChatShift');
  await expectNoSeriousA11yViolations(page);
}

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of viewports) {
  test.describe(`employer workspace, ${name}`, () => {
    test.use({ storageState: AUTH.employer1, viewport });

    test('every page passes axe in Russian and English', async ({ page }) => {
      const ids = await demoIds();
      const paths = [
        '/employer',
        '/employer/vacancies',
        '/employer/vacancies/new',
        `/employer/vacancies/${ids.vacancy}`,
        `/employer/vacancies/${ids.vacancy}/edit`,
        `/employer/vacancies/${ids.draft}/preview`,
        '/employer/applications',
        '/employer/applications?view=board',
        `/employer/applications/${ids.application}`,
        '/employer/company',
        '/employer/account',
      ];
      for (const locale of ['', '/en']) for (const path of paths) await scan(page, `${locale}${path}`);
    });
  });

  test.describe(`admin workspace, ${name}`, () => {
    test.use({ storageState: AUTH.admin, viewport });

    test('every page passes axe in Russian and English', async ({ page }) => {
      const ids = await demoIds();
      const paths = [
        '/admin',
        '/admin/moderation',
        ...(ids.pending ? [`/admin/moderation/${ids.pending}`] : []),
        '/admin/reports',
        '/admin/companies',
        `/admin/companies/${ids.company}`,
        '/admin/users',
        '/admin/audit',
        '/admin/contacts',
      ];
      for (const locale of ['', '/en']) for (const path of paths) await scan(page, `${locale}${path}`);
    });
  });
}
