/** Main navigation: app paths (unprefixed) and their `nav.*` message keys. */
export const MAIN_NAV = [
  { href: '/vacancies', labelKey: 'vacancies' },
  // Shown in the desktop header from the lg breakpoint only: below it the row has no room (menu and footer list it always).
  { href: '/salaries', labelKey: 'salaries', wideOnly: true },
  { href: '/faq', labelKey: 'faq' },
  { href: '/guide', labelKey: 'guide' },
] as const;

export const EMPLOYER_NAV = { href: '/employer', labelKey: 'employer' } as const;
