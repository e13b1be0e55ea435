// The destination of a sub-processor, chosen from ISO 3166-1 alpha-2 codes and shown by name in the
// reader's language (Intl.DisplayNames): people search by name, the record keeps the code, and EEA
// membership follows from the code (art. 3.7 DPA), never from what someone typed.
import type { Language } from "../ports.ts";
import { hasAdequacyDecision, isInEea } from "./eea.ts";

const ISO_CODES = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR
SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU
WF WS YE YT ZA ZM ZW`;

export const COUNTRY_CODES: readonly string[] = ISO_CODES.split(/\s+/).filter((c) => c !== "");
const KNOWN = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}

const names = new Map<Language, Intl.DisplayNames>();

/** The country's name in `language`; the code itself if the runtime has no name for it. */
export function countryName(code: string, language: Language): string {
  let display = names.get(language);
  if (!display) {
    display = new Intl.DisplayNames([language], { type: "region", fallback: "code" });
    names.set(language, display);
  }
  return display.of(code) ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
  inEea: boolean;
  adequacy: boolean;
}

/** Countries whose name (in `language`) or code matches `query`, name-prefix matches first. */
export function searchCountries(query: string, language: Language, limit = 100): CountryOption[] {
  const q = fold(query.trim());
  const scored = COUNTRY_CODES.map((code) => {
    const name = countryName(code, language);
    const folded = fold(name);
    const rank =
      q === "" ? 1 : folded.startsWith(q) || code.toLowerCase() === q ? 0 : folded.includes(q) ? 1 : 2;
    return { code, name, rank };
  }).filter((c) => c.rank < 2);
  scored.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, language));
  return scored.slice(0, limit).map(({ code, name }) => ({
    code,
    name,
    inEea: isInEea(code),
    adequacy: hasAdequacyDecision(code),
  }));
}

// "Österreich" is found by "oster", "Curaçao" by "curac".
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
