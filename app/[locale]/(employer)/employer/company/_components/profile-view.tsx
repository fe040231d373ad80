import { getLocale, getTranslations } from 'next-intl/server';
import { CompanyLogo } from '@/components/companies/company-logo';
import type { CompanyForEdit } from '@/lib/companies/queries';

/** The profile as members (not owners) see it: the same fields, read-only. */
export async function ProfileView({ profile, logoHash }: { profile: CompanyForEdit['profile']; logoHash: string | null }) {
  const [t, tf, tv, tc, locale] = await Promise.all([
    getTranslations('team.profile'),
    getTranslations('company.form'),
    getTranslations('vocab.industry'),
    getTranslations('company.vocab'),
    getLocale(),
  ]);
  const country = profile.country ? (new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(profile.country) ?? profile.country) : '';
  const benefits = [...profile.benefits.map((b) => tc(`benefit.${b}`)), ...profile.customBenefits.split('\n').filter(Boolean)];
  const rows: [string, string][] = [
    [t('name'), profile.name],
    [t('slug'), `/companies/${profile.slug}`],
    [t('industry'), tv(profile.industry)],
    [tf('size'), profile.size ? tc(`size.${profile.size}`) : ''],
    [t('description'), profile.description],
    [tf('benefits'), benefits.join('\n')],
    [tf('website'), profile.website],
    [tf('telegramUrl'), profile.telegramUrl],
    [tf('vkUrl'), profile.vkUrl],
    [t('contactEmail'), profile.contactEmail],
    [t('legalName'), profile.legalName],
    [t('taxId'), profile.taxId],
    [t('country'), country],
  ];
  return (
    <div>
      <p className="mb-5 rounded-control border border-line bg-sand-50 px-4 py-3 text-sm text-ink-800">{t('readOnly')}</p>
      <div className="mb-2 flex items-center gap-4">
        <CompanyLogo name={profile.name} logoHash={logoHash} size={64} />
        <p className="text-sm text-ink-600">{logoHash ? tf('logo.current') : tf('logo.none')}</p>
      </div>
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
