// Property tests over every breach form, with hostile input in every text field: validation never
// throws and answers either a field error from the catalog (every language) or a value; what a valid
// value then renders (the incident message, every dialog) stays within Slack's limits, as the fake
// Slack checks them, and never holds a mention that pings; rendered for Teams, it is valid Adaptive
// Cards 1.5 within the size limit, with typed text only where Teams shows it as typed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Incident } from "../../../src/domain/breach/incident.ts";
import { buildIncidentMessage } from "../../../src/domain/breach/incident-message.ts";
import { validateAuthorityDecision } from "../../../src/domain/breach/record-authority-decision.ts";
import { validateCustomerInformed } from "../../../src/domain/breach/record-customer-informed.ts";
import { REPORT_FIELDS, validateReport } from "../../../src/domain/breach/report-input.ts";
import { LANGUAGES, type Language } from "../../../src/domain/i18n/languages.ts";
import { catalogs } from "../../../src/domain/i18n/translate.ts";
import { buildAuthorityForm } from "../../../src/forms/breach/authority-form.ts";
import { buildCloseForm } from "../../../src/forms/breach/close-form.ts";
import { buildInformedForm } from "../../../src/forms/breach/informed-form.ts";
import { buildNotificationForm } from "../../../src/forms/breach/notification-form.ts";
import { buildReportForm } from "../../../src/forms/breach/report-form.ts";
import type { Form } from "../../../src/forms/model.ts";
import { renderForm } from "../../../src/forms/slack/render-form.ts";
import { renderMessage } from "../../../src/forms/slack/render-message.ts";
import { renderFormCard } from "../../../src/forms/teams/render-form.ts";
import { renderMessageCard } from "../../../src/forms/teams/render-message.ts";
import { checkBlocks, checkView } from "../../fakes/slack/block-kit-rules.ts";
import { adaptiveCardProblems } from "../../fakes/teams/adaptive-card-rules.ts";
import { testClock, testIncident } from "../../fixtures/breach/test-incident.ts";
import { hostileText, pings, teamsMarkdownInjections } from "../../support/hostile-input.ts";

const NOW = new Date("2026-05-04T10:00:00Z");
const RUNS = { numRuns: 150 };
const language = fc.constantFrom(...LANGUAGES);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const instant = fc.date({
  min: new Date("2020-01-01T00:00:00Z"),
  max: new Date("2026-05-05T00:00:00Z"),
  noInvalidDate: true,
});

/** A field value of any shape a Slack form state could hold, mostly hostile text. */
const anyValue = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: maybe(instant) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything() },
);

function expectCatalogErrors(errors: Record<string, unknown>, fields: readonly string[]): void {
  for (const [field, key] of Object.entries(errors)) {
    expect(fields).toContain(field);
    for (const catalog of Object.values(catalogs)) {
      expect(typeof (catalog as Record<string, unknown>)[key as string]).toBe("string");
    }
  }
}

/** The rendered form passes the fake Slack's checks and pings nobody. */
function expectSafeView(form: Form): void {
  const view = renderForm(form);
  expect(checkView(view)).toEqual([]);
  expect(pings(view)).toEqual([]);
}

function expectSafeMessage(incident: Incident, lang: Language): void {
  const neutral = buildIncidentMessage(incident, { now: NOW, timezone: "Europe/Brussels", language: lang });
  const message = renderMessage(neutral);
  expect(checkBlocks(message.blocks, "message")).toEqual([]);
  expect(pings(message.blocks, message.text)).toEqual([]);
  expectSafeCard(renderMessageCard(neutral));
}

/** Teams: valid Adaptive Cards 1.5 within the size limit; typed text never read as Markdown. */
function expectSafeCard(card: unknown): void {
  expect(adaptiveCardProblems(card)).toEqual([]);
  expect(teamsMarkdownInjections(card)).toEqual([]);
}

function expectSafeDialogs(form: Form): void {
  expectSafeView(form);
  for (const surface of ["dialog", "card"] as const)
    expectSafeCard(renderFormCard(form, { timezone: "Europe/Brussels", surface }));
}

const reportRaw = fc.record({
  customers: fc.oneof(fc.constant(["customer-0"]), fc.array(hostileText, { maxLength: 2 }), anyValue),
  discoveredAt: fc.oneof({ weight: 4, arbitrary: instant }, { weight: 1, arbitrary: anyValue }),
  description: fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: anyValue }),
  consequences: hostileText,
  breachStartedAt: maybe(instant),
  breachEndedAt: maybe(instant),
  ongoing: fc.oneof(fc.constantFrom("ongoing", "ended", "unknown", null), hostileText),
  nature: fc.oneof(
    fc.subarray(["availability", "integrity", "confidentiality"]),
    fc.array(hostileText, { maxLength: 2 }),
  ),
  dataCategories: hostileText,
  specialCategories: fc.oneof(fc.constantFrom("yes", "no", "unknown", null), hostileText),
  records: fc.oneof(fc.constantFrom("100-200", "~500", "< 1000", "12"), hostileText),
  subjects: fc.oneof(fc.constantFrom("~150", "3"), hostileText),
  measures: hostileText,
  contactName: hostileText,
  contactEmail: fc.oneof(fc.constantFrom("a@b.example", null), hostileText),
  contactPhone: fc.oneof(fc.constantFrom("+32 470 12 34 56", null), hostileText),
});

describe("the report form (/datalek and completing a report)", () => {
  it("answers field errors from the catalog or a report that renders safely", () => {
    fc.assert(
      fc.property(reportRaw, language, (raw, lang) => {
        const result = validateReport(raw, NOW);
        if (!result.ok) return expectCatalogErrors(result.errors, REPORT_FIELDS);
        const details = result.value.details;
        expect(details.description.length).toBeGreaterThan(0);
        for (const text of [
          details.description,
          details.consequences,
          details.dataCategories,
          details.measures,
        ]) {
          expect((text ?? "").length).toBeLessThanOrEqual(3000);
        }
        const incident = testIncident({ ...details, discoveredAt: result.value.discoveredAt });
        expectSafeMessage(incident, lang);
        expectSafeDialogs(
          buildReportForm({
            language: lang,
            mode: "complete",
            state: "{}",
            customers: [{ value: "customer-0", label: "Customer 0" }],
            discoveredAt: incident.discoveredAt,
            details,
          }),
        );
      }),
      RUNS,
    );
  });

  it("prefills any /datalek text into a form within the limits", () => {
    fc.assert(
      fc.property(hostileText, hostileText, language, (text, name, lang) => {
        expectSafeDialogs(
          buildReportForm({
            language: lang,
            mode: "report",
            state: "{}",
            customers: [],
            discoveredAt: NOW,
            details: { description: text.trim() || null, contact: { name, email: null, phone: null } },
          }),
        );
      }),
      RUNS,
    );
  });
});

/** An incident whose every text, customer name and contact is hostile. */
const hostileIncident = fc
  .record({
    description: hostileText.filter((t) => t.trim() !== ""),
    measures: maybe(hostileText),
    customerName: hostileText.filter((t) => t.trim() !== ""),
    contactName: hostileText,
    contactPhone: maybe(hostileText),
    reporterName: hostileText,
    closingNote: maybe(hostileText),
    notifiedTo: maybe(hostileText),
    note: maybe(hostileText),
    mailError: maybe(hostileText),
  })
  .map((h) => {
    const clock = testClock({
      notifiedTo: h.notifiedTo,
      authorityDecisionNote: h.note,
      // A mail server's answer is shown too (the e-mail pending): it may hold anything.
      notificationError: h.mailError,
      notificationRetryAt: h.mailError === null ? null : NOW,
    });
    clock.customer = {
      ...clock.customer,
      name: h.customerName,
      breachContacts: [{ name: h.contactName, email: "jan@example.be", phone: h.contactPhone }],
    };
    return testIncident({
      description: h.description,
      measures: h.measures,
      reporterName: h.reporterName,
      closingNote: h.closingNote,
      customers: [clock, testClock({}, 1)],
    });
  });

describe("the dialogs of an incident", () => {
  it("render every dialog and the message of a hostile incident within the limits, pinging nobody", () => {
    fc.assert(
      fc.property(hostileIncident, language, fc.boolean(), (incident, lang, canSend) => {
        const clockId = incident.customers[0]!.id;
        const common = { incident, clockId, language: lang, state: "{}" };
        expectSafeDialogs(buildInformedForm({ ...common, timezone: "Europe/Brussels", now: NOW }));
        expectSafeDialogs(buildAuthorityForm({ ...common, now: NOW }));
        expectSafeDialogs(buildNotificationForm({ ...common, timezone: "Europe/Brussels", canSend }));
        expectSafeDialogs(buildCloseForm({ incident, language: lang, state: "{}" }));
        expectSafeMessage(incident, lang);
        expectSafeMessage({ ...incident, status: "closed", closedAt: NOW }, lang);
      }),
      RUNS,
    );
  });

  it("customer informed: a field error or a record that renders safely", () => {
    const input = fc.record(
      { customer: anyValue, via: anyValue, at: anyValue, to: anyValue },
      { requiredKeys: [] },
    );
    const plausible = fc.record({
      customer: fc.constantFrom("clock-0", "clock-1"),
      via: fc.constantFrom("phone", "email"),
      at: instant,
      to: hostileText,
    });
    fc.assert(
      fc.property(fc.oneof(input, plausible), language, (values, lang) => {
        const incident = testIncident({
          discoveredAt: new Date("2020-01-01T00:00:00Z"),
          customers: [testClock(), testClock({}, 1)],
        });
        const result = validateCustomerInformed(values, incident, NOW);
        if (!result.ok) return expectCatalogErrors(result.errors, ["customer", "via", "at", "to"]);
        const { notification, clockId } = result.value;
        const customers = incident.customers.map((c) =>
          c.id === clockId
            ? {
                ...c,
                notifiedAt: notification.at,
                notifiedVia: notification.via,
                notifiedTo: notification.to,
              }
            : c,
        );
        expectSafeMessage({ ...incident, customers }, lang);
      }),
      RUNS,
    );
  });

  it("authority decision: a field error or a decision that renders safely", () => {
    const input = fc.record(
      { customer: anyValue, decision: anyValue, at: anyValue, note: anyValue },
      { requiredKeys: [] },
    );
    const plausible = fc.record({
      customer: fc.constantFrom("clock-0", "clock-1"),
      decision: fc.constantFrom("notify", "not_notify", "notified"),
      at: maybe(instant),
      note: hostileText,
    });
    fc.assert(
      fc.property(fc.oneof(input, plausible), language, (values, lang) => {
        const incident = testIncident({
          discoveredAt: new Date("2020-01-01T00:00:00Z"),
          customers: [testClock(), testClock({}, 1)],
        });
        const result = validateAuthorityDecision(values, incident, NOW);
        if (!result.ok) return expectCatalogErrors(result.errors, ["customer", "decision", "at", "note"]);
        const { record, clockId } = result.value;
        const customers = incident.customers.map((c) =>
          c.id === clockId
            ? {
                ...c,
                authorityDecision: record.decision,
                authorityDecisionAt: record.at,
                authorityDecisionNote: record.note,
              }
            : c,
        );
        expectSafeMessage({ ...incident, customers }, lang);
      }),
      RUNS,
    );
  });
});

describe("the checks themselves", () => {
  it("see a ping in mrkdwn and in a message's fallback text, not in escaped or plain text", () => {
    expect(pings([{ type: "section", text: { type: "mrkdwn", text: "hi <!here>" } }])).toHaveLength(1);
    expect(pings([], "<@U024BE7LH> look")).toHaveLength(1);
    expect(pings([{ type: "context", elements: [{ type: "mrkdwn", text: "<!subteam^S1>" }] }])).toHaveLength(
      1,
    );
    expect(
      pings([{ type: "section", text: { type: "mrkdwn", text: "&lt;!channel&gt; <!date^1^{date}|x>" } }]),
    ).toEqual([]);
    expect(pings([{ type: "header", text: { type: "plain_text", text: "<!channel>" } }])).toEqual([]);
  });

  it("see typed Teams markup in a TextBlock or a fact, not in a TextRun", () => {
    const card = (element: unknown) => ({ type: "AdaptiveCard", version: "1.5", body: [element] });
    expect(teamsMarkdownInjections(card({ type: "TextBlock", text: "hi <at>Steve</at>" }))).toHaveLength(1);
    expect(
      teamsMarkdownInjections(
        card({ type: "FactSet", facts: [{ title: "x", value: "[a](https://e.example)" }] }),
      ),
    ).toHaveLength(1);
    expect(
      teamsMarkdownInjections(
        card({
          type: "RichTextBlock",
          inlines: [{ type: "TextRun", text: "<at>Steve</at> [a](https://e.example)" }],
        }),
      ),
    ).toEqual([]);
  });
});
