import { describe, expect, it } from "vitest";
import { planRequests } from "./plan-fan-out.ts";
import type { AffectedCustomer } from "./proposal.ts";

const customer = (overrides: Partial<AffectedCustomer> = {}): AffectedCustomer => ({
  id: "c1",
  key: "acme",
  name: "Acme",
  language: "nl",
  slackChannelId: "C0SHARED1",
  approvers: [
    { contactId: "k1", name: "Jan", email: "Jan@Acme.example", slackUserId: "U0JAN", teamsUserId: null },
    { contactId: "k2", name: "An", email: "an@acme.example", slackUserId: null, teamsUserId: null },
    { contactId: "k3", name: "Piet", email: "piet@acme.example", slackUserId: null, teamsUserId: null },
  ],
  ...overrides,
});

describe("planRequests (art. 9 DPA: every approver is asked)", () => {
  it("DMs approvers with a Slack identity, posts once in the shared channel for the others, mails everyone", () => {
    expect(planRequests(customer(), { email: true })).toEqual([
      { contactId: "k1", channel: "slack", recipient: "U0JAN" },
      { contactId: null, channel: "slack", recipient: "C0SHARED1" },
      { contactId: "k1", channel: "email", recipient: "jan@acme.example" },
      { contactId: "k2", channel: "email", recipient: "an@acme.example" },
      { contactId: "k3", channel: "email", recipient: "piet@acme.example" },
    ]);
  });

  it("without e-mail or a shared channel only the Slack identities are asked; no approvers, no requests", () => {
    expect(planRequests(customer({ slackChannelId: null }), { email: false })).toEqual([
      { contactId: "k1", channel: "slack", recipient: "U0JAN" },
    ]);
    expect(planRequests(customer({ approvers: [] }), { email: true })).toEqual([]);
  });

  it("with Teams connected asks each approver with a Teams identity in a personal chat, by AAD id", () => {
    const approvers = customer().approvers.map((a) =>
      a.contactId === "k2" ? { ...a, teamsUserId: "aad-an" } : a,
    );
    const planned = planRequests(customer({ approvers }), { email: false, teams: true });
    expect(planned).toEqual([
      { contactId: "k1", channel: "slack", recipient: "U0JAN" },
      { contactId: null, channel: "slack", recipient: "C0SHARED1" },
      { contactId: "k2", channel: "teams", recipient: "aad-an" },
    ]);
    // Without Teams connected the Teams identity is not planned (it could never be delivered).
    expect(planRequests(customer({ approvers }), { email: false }).map((p) => p.channel)).toEqual([
      "slack",
      "slack",
    ]);
  });
});
