import type { RiskInput } from '../types';
import { isMessengerUrl, isShortenerUrl } from './contacts';
import type { Detection } from './detection';

const present = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';

/**
 * An employer without a website or legal details cannot be checked by a candidate. Weak on its own
 * (small honest shops exist), zero for a company an admin verified, and not judged when the caller
 * gives no company at all.
 */
export function detectMissingCompanyDetails(input: RiskInput): Detection | null {
  const company = input.company;
  if (!company || company.verified) return null;
  const website = company.website;
  const noWebsite = !present(website) || isMessengerUrl(website) || isShortenerUrl(website);
  const noLegal = !present(company.legalName) && !present(company.taxId);
  if (!noWebsite && !noLegal) return null;
  return { code: 'missingCompanyDetails', weight: noWebsite && noLegal ? 12 : 6, phrases: [] };
}
