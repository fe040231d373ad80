/** Main navigation: app paths (unprefixed) and their `nav.*` message keys. */
export const MAIN_NAV = [
  { href: '/vacancies', labelKey: 'vacancies' },
  { href: '/faq', labelKey: 'faq' },
  { href: '/guide', labelKey: 'guide' },
] as const;

export const EMPLOYER_NAV = { href: '/employer', labelKey: 'employer' } as const;
