// Whatever a proposer types, the approval request and the proposal message render within Slack's
// limits and never turn typed text into a mention that pings (<!channel>, <@U…>, <!here>).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adaptiveCardProblems } from "../../../test/fakes/teams/adaptive-card-rules.ts";
import { teamsMarkdownInjections } from "../../../test/support/hostile-input.ts";
import { buildApprovalMessage } from "../../domain/subprocessor/approval-message.ts";
import type { CustomerApproval, Proposal } from "../../domain/subprocessor/proposal.ts";
import { tallyOf } from "../../domain/subprocessor/proposal.ts";
import { validateProposal } from "../../domain/subprocessor/proposal-input.ts";
import { buildProposalMessage } from "../../domain/subprocessor/proposal-message.ts";
import { renderMessageCard } from "../teams/render-message.ts";
import { renderMessage } from "./render-message.ts";

const NOW = new Date("2027-02-01T09:00:00Z");
const typed = fc.oneof(
  fc.string({ maxLength: 4000 }),
  fc.constantFrom(
    "<!channel>",
    "<!here> hi",
    "<@U0123ABCD>",
    "<#C0123|general>",
    "&lt;!channel&gt;",
    "*bold* `x`",
  ),
);

function proposalFrom(terms: Record<string, string>): Proposal | null {
  const result = validateProposal(
    { ...terms, country: "US", mechanism: "scc", intendedStart: "2027-03-01", scope: "all" },
    NOW,
    "UTC",
  );
  if (!result.ok) return null;
  return {
    ...result.value.terms,
    id: "00000000-0000-4000-8000-000000000001",
    reference: "SV-2027-0001",
    status: "open",
    allCustomers: true,
    proposerName: terms.name ?? "x",
    proposerUserId: "U1",
    proposerPlatform: "slack",
    proposerLanguage: "nl",
    message: null,
    withdrawnAt: null,
    createdAt: NOW,
  };
}

/** Every mrkdwn text: where Slack would turn <!channel> or <@U…> into a mention (plain_text never does). */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (value === null || typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  const own = object.type === "mrkdwn" && typeof object.text === "string" ? [object.text] : [];
  return [...own, ...Object.values(object).flatMap(mrkdwnTexts)];
}

describe("sub-processor messages in Slack", () => {
  it("never ping and always fit, whatever was typed", () => {
    fc.assert(
      fc.property(
        typed,
        typed,
        typed,
        typed,
        typed,
        (name, purpose, dataCategories, reason, customerName) => {
          const proposal = proposalFrom({ name, purpose, dataCategories, reason });
          if (!proposal) return;
          const approval: CustomerApproval = {
            id: "00000000-0000-4000-8000-000000000002",
            customerId: "c",
            customerKey: "c",
            customerName,
            language: "en",
            state: "pending",
            decision: null,
            reason: null,
          };
          // A mail server's or chat's error text shown as delivery trouble may hold anything too.
          const delivery = { retrying: 2, failed: 1, lastError: reason };
          const neutral = [
            buildApprovalMessage(proposal, approval, { timezone: "UTC" }),
            buildProposalMessage(
              proposal,
              { ...tallyOf(["pending", "approved"]), delivery },
              { timezone: "UTC" },
            ),
          ];
          // Teams: valid Adaptive Cards 1.5, typed text never read as Markdown.
          for (const message of neutral) {
            const card = renderMessageCard(message);
            expect(adaptiveCardProblems(card)).toEqual([]);
            expect(teamsMarkdownInjections(card)).toEqual([]);
          }
          const rendered = neutral.map(renderMessage);
          for (const message of rendered) {
            const found = mrkdwnTexts(message.blocks);
            expect(found.length).toBeGreaterThan(3);
            for (const text of [message.text, ...found]) {
              expect(text).not.toMatch(/<[!@#]/);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
