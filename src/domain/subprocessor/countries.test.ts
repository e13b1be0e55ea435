import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, searchCountries } from "./countries.ts";
import { EEA_COUNTRY_CODES } from "./eea.ts";

describe("countries (ISO 3166-1 alpha-2)", () => {
  it("lists the 249 assigned codes, every EEA member among them", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of EEA_COUNTRY_CODES) expect(COUNTRY_CODES).toContain(code);
  });

  it("names countries in the reader's language and finds them by name, accents ignored", () => {
    expect(countryName("DE", "nl")).toBe("Duitsland");
    expect(countryName("DE", "en")).toBe("Germany");
    expect(searchCountries("oosten", "nl").map((c) => c.code)).toEqual(["AT"]);
    expect(searchCountries("curac", "en").map((c) => c.code)).toEqual(["CW"]);
    expect(searchCountries("switz", "en")[0]).toEqual({
      code: "CH",
      name: "Switzerland",
      inEea: false,
      adequacy: true,
    });
    expect(searchCountries("us", "en")[0]?.code).toBe("US");
  });
});
