// Art. 8 DPA in Teams with e-mail configured: a request registered in a Teams dialog is forwarded
// by e-mail at once, and the customer's contact who has a Teams identity (AAD object id in the
// register) also gets it in their personal chat with the bot, opened proactively. The channel card
// still holds no personal data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import { botAddedToTeam, CHANNEL, message, taskFetch, taskSubmit } from "../../fixtures/teams/activities.ts";
import { seedRequestCustomer } from "../dsr/support.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

const CONTACT_AAD = "8d5c3f2e-1b4a-4c6d-9e7f-0a1b2c3d4e5f";
const SUBJECT = "Marie Dubois, klantnummer 4711";

let h: TeamsHarness;
let smtp: FakeSmtp;
let customerId: string;

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  h = await startTeamsHarness({ now: "2026-01-31T09:00:00Z", smtp });
  const customer = await seedRequestCustomer(h.db.prisma, {
    key: "acme",
    name: "Acme NV",
    contacts: [
      { name: "Jan Peeters", email: "privacy@acme.example", roles: ["dsr"], teamsUserId: CONTACT_AAD },
      { name: "Sofie Slack", email: "sofie@acme.example", roles: ["dsr"], slackUserId: "U0SOFIE" },
    ],
  });
  customerId = customer.id;
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;

describe("forwarding a request registered in Teams", () => {
  it("mails the contacts and sends the request to the Teams contact's personal chat, once", async () => {
    await h.post(message("avg-verzoek", h.where));
    const card = cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json;
    const fetched = await h.post(taskFetch(card.actions[0].data, h.where));
    const dialog = fetched.body.task.value.card.content as Json;
    const submit = (dialog.actions as Json[]).find((a) => a.type === "Action.Submit")!.data;
    const data = {
      ...submit,
      customer: customerId,
      type: "erasure",
      "receivedAt.date": "2026-01-31",
      "receivedAt.time": "08:30",
      receivedVia: "email",
      subject: SUBJECT,
      requestText: "Verwijder al mijn gegevens",
    };
    await h.post(taskSubmit(data, h.where));
    await h.post(taskSubmit(data, h.where)); // Teams retries a submit: still one forward

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to.sort()).toEqual(["privacy@acme.example", "sofie@acme.example"]);
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(request.status).toBe("forwarded");

    expect(
      h.connector.createdConversations.filter((c) => JSON.stringify(c).includes(CONTACT_AAD)),
    ).toHaveLength(1);
    const personal = h.connector.sent.filter((s) => s.conversationId === `a:personal-${CONTACT_AAD}`);
    expect(personal).toHaveLength(1);
    expect(JSON.stringify(personal[0]!.activity)).toContain(SUBJECT);
    expect(JSON.stringify(personal[0]!.activity)).toContain(request.reference);

    // The channel card never carries the data subject's details.
    const inChannel = h.connector.sent.filter((s) => s.conversationId === CHANNEL);
    expect(inChannel.length).toBeGreaterThan(0);
    for (const sent of inChannel) expect(JSON.stringify(sent.activity)).not.toContain("Marie");
    expect(h.connector.violations).toEqual([]);
  });
});
