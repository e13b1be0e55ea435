// The card checker itself: it must refuse what Teams would not render, or the flow tests prove nothing.
import { describe, expect, it } from "vitest";
import { adaptiveCardProblems } from "./adaptive-card-rules.ts";

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  type: "AdaptiveCard",
  version: "1.5",
  body,
  ...extra,
});

describe("adaptiveCardProblems", () => {
  it("accepts a card of 1.5 elements with Teams' typeahead", () => {
    expect(
      adaptiveCardProblems(
        card(
          [
            { type: "TextBlock", text: "x", wrap: true, style: "heading" },
            {
              type: "Input.ChoiceSet",
              id: "c",
              style: "filtered",
              isMultiSelect: false,
              choices: [],
              "choices.data": { type: "Data.Query", dataset: "customers" },
            },
            {
              type: "ActionSet",
              actions: [{ type: "Action.Execute", title: "Go", verb: "go", data: { value: "1" } }],
            },
          ],
          { msteams: { width: "Full" } },
        ),
      ),
    ).toEqual([]);
  });

  it("reports unknown elements, invalid values, unknown properties, a wrong version and oversize cards", () => {
    expect(adaptiveCardProblems(card([{ type: "Carousel" }]))[0]).toMatch(/Unknown element type "Carousel"/);
    expect(adaptiveCardProblems(card([{ type: "TextBlock", text: "x", color: "Pink" }]))[0]).toMatch(
      /Invalid value "Pink"/,
    );
    expect(adaptiveCardProblems(card([{ type: "TextBlock", text: "x", colour: "Attention" }]))[0]).toMatch(
      /property "colour"/,
    );
    expect(adaptiveCardProblems({ ...card([]), version: "1.6" })).toContain("card version 1.6, expected 1.5");
    const withFallback = (fallback: unknown) =>
      adaptiveCardProblems(
        card([
          { type: "ActionSet", actions: [{ type: "Action.Execute", title: "Go", verb: "go", fallback }] },
        ]),
      );
    expect(withFallback({ type: "Action.Submit", title: "Go", data: { verb: "go" } })).toEqual([]);
    expect(withFallback({ type: "Action.Submit", title: "Go", colour: 1 }).join()).toMatch(
      /fallback at .*"colour"/,
    );
    expect(adaptiveCardProblems(card([{ type: "TextBlock", text: "x".repeat(90_000) }])).join()).toMatch(
      /bytes/,
    );
  });
});
