import { getTranslations } from 'next-intl/server';
import { switchCompanyAction } from '@/lib/companies/switch-actions';
import type { WorkspaceCompany } from '@/lib/companies/active-company-queries';

type Props = { companies: readonly WorkspaceCompany[]; activeId: string | null; id: string; className?: string };

/**
 * The person's companies, the open one marked, each other one a submit button of one plain POST form:
 * switching works without JavaScript, and the action accepts only the person's own companies.
 */
export async function CompanySwitcher({ companies, activeId, id, className }: Props) {
  if (companies.length < 2) return null;
  const t = await getTranslations('workspace.header');
  return (
    <form action={switchCompanyAction} className={className} data-testid="company-switcher">
      <p id={id} className="px-3 pb-1 text-xs font-semibold tracking-wide text-ink-500 uppercase">
        {t('companiesHeading')}
      </p>
      <ul aria-labelledby={id} className="flex flex-col gap-0.5">
        {companies.map((company) =>
          company.id === activeId ? (
            <li key={company.id} aria-current="true" className="flex min-h-10 items-center justify-between gap-3 rounded-control bg-brand-50 px-3 py-1.5 text-sm font-semibold text-brand-800">
              <span className="min-w-0 break-words">{company.name}</span>
              <span className="shrink-0 text-xs font-medium text-brand-700">{t('currentCompany')}</span>
            </li>
          ) : (
            <li key={company.id}>
              <button
                type="submit"
                name="companyId"
                value={company.id}
                aria-label={t('switchTo', { company: company.name })}
                className="flex min-h-10 w-full items-center rounded-control px-3 py-1.5 text-left text-sm font-medium text-ink-800 hover:bg-sand-100 hover:text-ink-950"
              >
                <span className="min-w-0 break-words">{company.name}</span>
              </button>
            </li>
          ),
        )}
      </ul>
    </form>
  );
}
