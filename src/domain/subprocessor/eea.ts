// Art. 3.7 DPA: no processing outside the European Economic Area without the customer's prior
// written consent, whatever the transfer mechanism. EEA = the 27 EU member states + IS, LI, NO.

const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

const EEA = new Set<string>([...EU_MEMBER_STATES, "IS", "LI", "NO"]);

/**
 * Countries with an EU adequacy decision. Informational only: adequacy is a transfer mechanism,
 * it does not replace the consent art. 3.7 DPA requires. The USA is adequate only for
 * organisations certified under the EU-US Data Privacy Framework, so it is not listed.
 */
const ADEQUATE = new Set<string>([
  "CH",
  "GB",
  "JP",
  "KR",
  "CA",
  "IL",
  "NZ",
  "AR",
  "UY",
  "AD",
  "FO",
  "GG",
  "JE",
  "IM",
]);

export function isInEea(countryCode: string): boolean {
  return EEA.has(countryCode.toUpperCase());
}

export function hasAdequacyDecision(countryCode: string): boolean {
  return ADEQUATE.has(countryCode.toUpperCase());
}

export const EEA_COUNTRY_CODES: readonly string[] = [...EEA].sort();
