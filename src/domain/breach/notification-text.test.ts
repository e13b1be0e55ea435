import { describe, expect, it } from "vitest";
import { testClock, testIncident } from "../../../test/fixtures/breach/test-incident.ts";
import { buildCustomerNotification, notificationAsPlainText } from "./notification-text.ts";

describe("customer notification (Bijlage 3)", () => {
  it("is written in the customer's language with all eight items and the authority deadline", () => {
    const incident = testIncident({
      nature: ["confidentiality"],
      records: { min: 1000, max: 2000 },
      ongoing: true,
      contact: { name: "Steve Peeters", email: "steve@provider.example", phone: null },
    });
    const text = buildCustomerNotification(incident, incident.customers[0]!, "Europe/Brussels");
    expect(text.language).toBe("nl");
    expect(text.subject).toBe("Melding datalek DL-2026-0007 – Customer 0");
    const plain = notificationAsPlainText(text);
    expect(plain).toContain("Beste Jan Janssens,");
    expect(plain).toContain("ontdekten (onze referentie DL-2026-0007)");
    expect(plain).toContain("2. Waarschijnlijke gevolgen: nog niet bekend");
    expect(plain).toContain("3. Duur / voortduren van de inbreuk: duurt nog voort");
    expect(plain).toContain("4. Aard van de inbreuk: vertrouwelijkheid");
    expect(plain).toContain(
      "6. Geschatte aantallen: persoonsgegevens: 1.000–2.000; betrokken personen: nog niet bekend",
    );
    expect(plain).toContain("8. Contactpersoon van de verwerker: Steve Peeters, steve@provider.example");
    expect(plain).toContain("Gegevensbeschermingsautoriteit (GBA)");
    expect(plain).toContain("uiterlijk do 7 mei 2026 10:00 CEST");
  });

  it("addresses an English customer of the Dutch authority in English", () => {
    const clock = testClock();
    clock.customer = { ...clock.customer, language: "en", authority: "AP", breachContacts: [] };
    const text = buildCustomerNotification(testIncident({ customers: [clock] }), clock, "Europe/Brussels");
    expect(text.subject).toBe("Data breach notification DL-2026-0007 – Customer 0");
    expect(text.paragraphs[0]).toBe("Dear Customer 0,");
    expect(notificationAsPlainText(text)).toContain("Dutch Data Protection Authority (AP)");
  });
});
