import { getTranslations } from 'next-intl/server';
import type { CompanyForEdit } from '@/lib/companies/queries';

/** The profile as members (not owners) see it: the same fields, read-only. */
export async function ProfileView({ profile }: { profile: CompanyForEdit['profile'] }) {
  const [t, tv] = await Promise.all([getTranslations('team.profile'), getTranslations('vocab.industry')]);
  const rows: [string, string][] = [
    [t('name'), profile.name],
    [t('slug'), `/companies/${profile.slug}`],
    [t('website'), profile.website],
    [t('contactEmail'), profile.contactEmail],
    [t('logoUrl'), profile.logoUrl],
    [t('industry'), tv(profile.industry)],
    [t('description'), profile.description],
    [t('legalName'), profile.legalName],
    [t('taxId'), profile.taxId],
    [t('country'), profile.country],
  ];
  return (
    <div>
      <p className="mb-5 rounded-control border border-line bg-sand-50 px-4 py-3 text-sm text-ink-800">{t('readOnly')}</p>
      <dl className="divide-y divide-line">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="text-sm font-semibold text-ink-950">{label}</dt>
            <dd className="whitespace-pre-line break-words text-ink-800">{value || <span className="text-ink-500">{t('empty')}</span>}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
