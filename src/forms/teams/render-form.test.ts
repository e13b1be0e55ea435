// The neutral form as an Adaptive Card and back: every field kind, the date-time pair read in the
// zone it was shown in (also across the spring DST change), errors under their fields, typed
// text kept when the form comes back, and the size limit enforced where the card is rendered.
import { describe, expect, it } from "vitest";
import { buildReportForm } from "../breach/report-form.ts";
import type { Form } from "../model.ts";
import { formWithValues } from "../with-values.ts";
import { TeamsLimitError } from "./limits.ts";
import { readCardValues } from "./read-card-values.ts";
import { renderFormCard } from "./render-form.ts";
import { richTextBlock } from "./rich-text.ts";

type Json = Record<string, unknown>;
const report = buildReportForm({
  language: "en",
  mode: "report",
  state: "{}",
  customers: [],
  discoveredAt: new Date("2026-03-29T00:30:00Z"),
  details: {},
});
const inputs = (card: { body: Json[] }) => card.body.filter((e) => String(e.type).startsWith("Input."));

describe("renderFormCard", () => {
  it("renders a date-time as Input.Date and Input.Time in the given zone", () => {
    const card = renderFormCard(report, { surface: "dialog", timezone: "Europe/Brussels" });
    const date = inputs(card).find((i) => i.id === "discoveredAt.date")!;
    const time = inputs(card).find((i) => i.id === "discoveredAt.time")!;
    // 00:30Z on the night the clocks go forward is 01:30 CET.
    expect([date.value, time.value]).toEqual(["2026-03-29", "01:30"]);
    expect(card.actions![0]).toMatchObject({
      type: "Action.Submit",
      data: { form: "breach.report", state: "{}" },
    });
  });

  it("reads the pair back to the same instant, and 03:30 after the change as CEST", () => {
    const data = {
      "discoveredAt.date": "2026-03-29",
      "discoveredAt.time": "03:30",
      customers: "a,b",
      nature: "integrity,confidentiality",
    };
    const values = readCardValues(report, data, "Europe/Brussels");
    expect((values.discoveredAt as Date).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(values.customers).toEqual(["a", "b"]);
    expect(values.nature).toEqual(["integrity", "confidentiality"]);
    expect(
      readCardValues(report, { "discoveredAt.date": "2026-03-29" }, "Europe/Brussels").discoveredAt,
    ).toBeNull();
    expect(
      readCardValues(report, { "discoveredAt.date": "29/03", "discoveredAt.time": "x" }, "UTC").discoveredAt,
    ).toBeNull();
  });

  it("shows errors under their fields and keeps what was typed, lookup labels included", () => {
    const values = { description: "typed text", customers: ["c1"] };
    const shown = formWithValues(report, values, { c1: "Acme NV (acme)" });
    const card = renderFormCard(shown, {
      surface: "card",
      timezone: "UTC",
      errors: { customers: "Choose a customer" },
    });
    const body = card.body as Json[];
    const customerAt = body.findIndex((e) => e.id === "customers");
    expect(body[customerAt + 2]).toMatchObject({
      id: "customers.error",
      inlines: [{ type: "TextRun", color: "Attention", text: "Choose a customer" }],
    });
    expect(inputs(card).find((i) => i.id === "description")!.value).toBe("typed text");
    expect(inputs(card).find((i) => i.id === "customers")).toMatchObject({
      value: "c1",
      choices: [{ title: "Acme NV (acme)", value: "c1" }],
      "choices.data": { type: "Data.Query", dataset: "customers" },
    });
    // In place of a card: the title heads it, Save is Action.Execute, Cancel sends no inputs.
    expect(body[0]).toMatchObject({ inlines: [{ text: report.title, weight: "Bolder" }] });
    expect((card.actions as Json[]).map((a) => [a.type, a.verb])).toEqual([
      ["Action.Execute", "form.submit"],
      ["Action.Execute", "form.cancel"],
    ]);
  });

  it("refuses a card over Teams' size limit", () => {
    const big: Form = {
      id: "x",
      title: "Big",
      close: "Close",
      state: "",
      items: Array.from({ length: 20 }, () => ({ kind: "info" as const, text: ["y".repeat(5000)] })),
    };
    expect(() => renderFormCard(big, { surface: "dialog", timezone: "UTC" })).toThrow(TeamsLimitError);
  });
});

describe("rich text on cards", () => {
  it("keeps what people type as plain runs, never Markdown, and styles only the domain's spans", () => {
    expect(richTextBlock(["**x** [a](b) <at>Bob</at>"])).toEqual({
      type: "RichTextBlock",
      inlines: [{ type: "TextRun", text: "**x** [a](b) <at>Bob</at>" }],
    });
    expect(richTextBlock([{ bold: "DL-1" }, " ok"]).inlines).toEqual([
      { type: "TextRun", text: "DL-1", weight: "Bolder" },
      { type: "TextRun", text: " ok" },
    ]);
    expect(richTextBlock(["abcdefghij"], {}, 5).inlines).toEqual([{ type: "TextRun", text: "abcd…" }]);
    // Each line its own paragraph.
    const lines = richTextBlock([{ bold: "Description" }, "\n", "line one\nline two"]);
    expect(lines.type).toBe("Container");
    expect((lines.items as Json[]).map((b) => (b.inlines as Json[]).map((r) => r.text))).toEqual([
      ["Description"],
      ["line one"],
      ["line two"],
    ]);
  });
});
