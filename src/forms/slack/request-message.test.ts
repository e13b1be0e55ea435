// The request message as Block Kit: whatever people typed into the fields that do reach the channel
// (customer names from the register, extension reasons, closing notes) never pings anyone and never
// breaks Slack's limits; the data subject's identity and request text never appear at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBlocks } from "../../../test/fakes/slack/block-kit-rules.ts";
import { adaptiveCardProblems } from "../../../test/fakes/teams/adaptive-card-rules.ts";
import { leakedDetails, SUBJECT_NAME } from "../../../test/fixtures/dsr/data-subject.ts";
import { testRequest as request } from "../../../test/fixtures/dsr/test-request.ts";
import { teamsMarkdownInjections } from "../../../test/support/hostile-input.ts";
import { buildRequestMessage } from "../../domain/dsr/request-message.ts";
import { renderMessageCard } from "../teams/render-message.ts";
import { renderMessage } from "./render-message.ts";

const ctx = { now: new Date("2026-03-12T10:00:00Z"), timezone: "Europe/Brussels", language: "en" as const };
/** Slack mentions: <!channel>, <!here>, <!everyone>, <!subteam^..>, <@U..>, <#C..>; dates are fine. */
const MENTION = /<(?:!(?!date\^)[^>]*|@[A-Z0-9]+[^>]*|#C[^>]*)>/;

describe("the request message in Slack", () => {
  it("shows reference, customer, type and deadlines, but not the data subject or the request", () => {
    const rendered = JSON.stringify(renderMessage(buildRequestMessage(request(), ctx)));
    expect(rendered).toContain("AV-2026-0012");
    expect(rendered).toContain("erasure (GDPR art. 17)");
    expect(rendered).not.toContain(SUBJECT_NAME);
    expect(rendered).not.toContain("please erase me");
    expect(leakedDetails(rendered)).toEqual([]);
  });

  it("never pings and stays within Slack's limits, whatever people typed", () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 1000 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.constantFrom(
        "<!channel>",
        "<!here>",
        "<@U0123ABCD>",
        "<!subteam^S123|@team>",
        "<#C0123|general>",
        "&lt;!everyone&gt;",
      ),
    );
    fc.assert(
      fc.property(typed, typed, typed, fc.boolean(), (name, reason, note, closed) => {
        const message = buildRequestMessage(
          request({
            customer: { ...request().customer, name: name || "x" },
            extendedDeadline: new Date("2026-06-10T21:59:59.999Z"),
            extensionReason: reason || null,
            status: closed ? "closed" : "forwarded",
            closedAt: closed ? new Date("2026-03-12T09:00:00Z") : null,
            closingNote: note || null,
            forwardError: reason || null,
            forwardedAt: closed ? new Date("2026-03-10T10:00:00Z") : null,
          }),
          ctx,
        );
        const rendered = renderMessage(message);
        expect(JSON.stringify(rendered)).not.toMatch(MENTION);
        expect(checkBlocks(rendered.blocks, "message")).toEqual([]);
        const card = renderMessageCard(message);
        expect(adaptiveCardProblems(card)).toEqual([]);
        expect(teamsMarkdownInjections(card)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
