// Proposing a sub-processor in Teams (art. 9 DPA): `subverwerker` -> card -> dialog -> submit with
// an error (nothing stored) -> valid submit -> the proposal stored once per dialog, with one
// approval per affected customer, and its card posted in the conversation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import {
  botAddedToTeam,
  CHANNEL,
  message,
  search,
  taskFetch,
  taskSubmit,
} from "../../fixtures/teams/activities.ts";
import { seedCustomer } from "../slack/harness.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-06-01T09:00:00Z" });
  await seedCustomer(h, { key: "acme", name: "Acme NV" });
  await seedCustomer(h, { key: "globex", name: "Globex BV" });
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;

describe("proposing a sub-processor in Teams", () => {
  it("stores a valid proposal once, for every active customer, and posts its card", async () => {
    await h.post(message("subverwerker", h.where));
    const button = (cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json).actions[0];
    const dialog = (await h.post(taskFetch(button.data, h.where))).body.task.value.card.content as Json;
    const submit = (dialog.actions as Json[]).find((a) => a.type === "Action.Submit")!.data;

    const found = await h.post(search("country", "Duits", { ...h.where, locale: "nl-BE" }));
    expect(found.body.value.results[0]).toMatchObject({ value: "DE" });

    const invalid = await h.post(taskSubmit({ ...submit, name: "Hetzner Online GmbH" }, h.where));
    const errors = (invalid.body.task.value.card.content.body as Json[]).filter((e) =>
      String(e.id).endsWith(".error"),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(0);

    const data = {
      ...submit,
      name: "Hetzner Online GmbH",
      purpose: "hosting",
      country: "DE",
      dataCategories: "contact details",
      intendedStart: "2026-07-01",
      scope: "all",
      reason: "more capacity",
    };
    const valid = await h.post(taskSubmit(data, h.where));
    expect(valid.body.task).toMatchObject({ type: "message", value: expect.stringMatching(/is proposed/) });
    await h.post(taskSubmit(data, h.where));
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(1);
    expect(await h.db.prisma.proposalCustomer.count()).toBe(2);
    const proposal = await h.db.prisma.subProcessorProposal.findFirstOrThrow();
    const posted = h.connector.sent.filter(
      (s) => s.conversationId === CHANNEL && JSON.stringify(s.activity).includes(proposal.reference),
    );
    expect(posted).toHaveLength(1);
    expect(h.connector.violations).toEqual([]);
  });
});
