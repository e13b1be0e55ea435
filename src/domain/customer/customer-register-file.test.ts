import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages.ts";
import { registerWarnings, validateCustomerRegister } from "./customer-register-file.ts";

const goodCustomer = {
  key: "acme",
  name: "Acme NV",
  enterpriseNumber: "BE0123456789",
  language: "nl",
  authority: "GBA",
  contacts: [
    { name: "Jan Peeters", email: "jan@acme.example", phone: "+32 470 12 34 56", roles: ["breach", "dsr"] },
  ],
  subprocessors: [{ name: "Hetzner Online GmbH", purpose: "hosting", country: "de" }],
};

describe("customer register file", () => {
  it("accepts the documented example and normalises country codes", () => {
    const result = validateCustomerRegister({ customers: [goodCustomer] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.customers[0]?.subprocessors[0]?.country).toBe("DE");
  });

  it("takes every language the bot speaks", () => {
    for (const language of LANGUAGES) {
      const result = validateCustomerRegister({ customers: [{ ...goodCustomer, language }] });
      expect(result.ok && result.value.customers[0]?.language).toBe(language);
    }
  });

  it("takes the customer's shared Slack channel for approval requests (art. 9 DPA), and checks its form", () => {
    const good = validateCustomerRegister({ customers: [{ ...goodCustomer, slackChannelId: "C0GLOBEX01" }] });
    expect(good.ok && good.value.customers[0]?.slackChannelId).toBe("C0GLOBEX01");
    const bad = validateCustomerRegister({ customers: [{ ...goodCustomer, slackChannelId: "#globex" }] });
    expect(bad).toEqual({
      ok: false,
      errors: ["customers[0].slackChannelId: expected a Slack channel id like C0123ABCD"],
    });
  });

  it("names every error by its path", () => {
    const result = validateCustomerRegister({
      customers: [
        goodCustomer,
        { ...goodCustomer, key: "Bad Key", language: "de" },
        { ...goodCustomer, key: "third", contacts: [{ name: "X", email: "not-an-email", roles: [] }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^customers\[1\]\.key: /),
        expect.stringMatching(/^customers\[1\]\.language: expected nl, en or fr/),
        "customers[2].contacts[0].email: invalid e-mail",
        expect.stringMatching(/^customers\[2\]\.contacts\[0\]\.roles: at least one role/),
      ]),
    );
    expect(result.errors).toHaveLength(4);
  });

  it("validates the request types a dsr contact handles (art. 8 DPA routing)", () => {
    const contact = (extra: Record<string, unknown>) => ({
      customers: [{ ...goodCustomer, contacts: [{ ...goodCustomer.contacts[0], ...extra }] }],
    });
    const ok = validateCustomerRegister(contact({ dsrTypes: ["erasure", "access"] }));
    expect(ok.ok && ok.value.customers[0]?.contacts[0]?.dsrTypes).toEqual(["erasure", "access"]);
    const all = validateCustomerRegister(contact({}));
    expect(all.ok && all.value.customers[0]?.contacts[0]?.dsrTypes).toEqual([]);
    expect(validateCustomerRegister(contact({ dsrTypes: ["forget-me"] }))).toEqual({
      ok: false,
      errors: [
        "customers[0].contacts[0].dsrTypes[0]: expected access, rectification, erasure, restriction, portability or objection",
      ],
    });
    expect(validateCustomerRegister(contact({ roles: ["breach"], dsrTypes: ["erasure"] }))).toEqual({
      ok: false,
      errors: ["customers[0].contacts[0].dsrTypes: only for a contact with the dsr role"],
    });
  });

  it("refuses a sub-processor outside the EEA without the customer's written consent (art. 3.7)", () => {
    const us = { name: "Cloudy Inc", purpose: "backups", country: "US" };
    const refused = validateCustomerRegister({ customers: [{ ...goodCustomer, subprocessors: [us] }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors[0]).toMatch(
        /^customers\[0\]\.subprocessors\[0\]\.country: US is outside the EEA/,
      );

    const noReference = validateCustomerRegister({
      customers: [{ ...goodCustomer, subprocessors: [{ ...us, nonEeaConsent: true }] }],
    });
    expect(noReference.ok).toBe(false);

    const consented = validateCustomerRegister({
      customers: [
        {
          ...goodCustomer,
          subprocessors: [
            { ...us, nonEeaConsent: true, consentReference: "letter 2026-02-01", mechanism: "scc" },
          ],
        },
      ],
    });
    expect(consented.ok).toBe(true);
  });

  it("rejects duplicate keys, impossible dates and a contract that ends before it starts", () => {
    const result = validateCustomerRegister({
      customers: [
        { ...goodCustomer, contractStart: "2024-02-30" },
        { ...goodCustomer, contractStart: "2024-05-01", contractEnd: "2024-01-01" },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "customers[0].contractStart: not a calendar date",
        "customers[1].contractEnd: is before contractStart",
        expect.stringMatching(/^customers\[1\]\.key: duplicate key "acme"/),
      ]),
    );
  });

  it("asks for quotes around a phone number that YAML read as a number", () => {
    const result = validateCustomerRegister({
      customers: [{ ...goodCustomer, contacts: [{ ...goodCustomer.contacts[0], phone: 470123456 }] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.stringMatching(/^customers\[0\]\.contacts\[0\]\.phone: write the phone number in quotes/),
      ]);
  });

  it("rejects unknown top-level keys and a missing customers list", () => {
    expect(validateCustomerRegister({ customer: [] }).ok).toBe(false);
    expect(validateCustomerRegister(null).ok).toBe(false);
  });
});

describe("register warnings", () => {
  it("names customers without a breach or request contact", () => {
    const result = validateCustomerRegister({
      customers: [goodCustomer, { ...goodCustomer, key: "bare", contacts: [] }],
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(registerWarnings(result.value)).toEqual([
      "customers[1] (bare): no breach contact; a breach notification would have no addressee",
      "customers[1] (bare): no dsr contact; data-subject requests cannot be forwarded",
    ]);
  });
});

describe("customer register file in the operator's language", () => {
  const bad = {
    customers: [
      { ...goodCustomer, language: "de", forwardSlaHours: 0, contractStart: "2026-02-30" },
      { ...goodCustomer, subprocessors: [{ name: "Cloud Inc", purpose: "hosting", country: "US" }] },
    ],
  };

  it("names every bad value in French, ours and zod's own messages alike", () => {
    const result = validateCustomerRegister(bad, "fr");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "customers[0].language: nl, en ou fr attendu",
      "customers[0].forwardSlaHours: Trop petit : nombre doit être >=1",
      "customers[0].contractStart: cette date n'existe pas",
      "customers[1].subprocessors[0].country: US est hors de l'EEE\u00a0: l'art. 3.7 du contrat de sous-traitance exige le consentement écrit du client (indiquez nonEeaConsent: true et consentReference)",
    ]);
    const twice = validateCustomerRegister({ customers: [goodCustomer, goodCustomer] }, "fr");
    expect(twice).toEqual({
      ok: false,
      errors: ["customers[1].key: la clé «\u00a0acme\u00a0» figure deux fois (aussi customers[0])"],
    });
  });

  it("says the same in Dutch, and warns in Dutch", () => {
    const result = validateCustomerRegister(bad, "nl");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toBe("customers[0].language: verwacht nl, en of fr");
    const valid = validateCustomerRegister({ customers: [{ ...goodCustomer, contacts: [] }] }, "nl");
    expect(valid.ok && registerWarnings(valid.value, "nl")).toEqual([
      "customers[0] (acme): geen contactpersoon voor datalekken; een melding van een datalek zou geen geadresseerde hebben",
      "customers[0] (acme): geen contactpersoon voor verzoeken; verzoeken van betrokkenen kunnen niet doorgestuurd worden",
    ]);
  });
});
