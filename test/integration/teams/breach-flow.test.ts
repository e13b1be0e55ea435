// The breach flow in Teams end to end, through POST /api/messages with activities as Teams sends
// them: the `datalek` command -> card -> dialog (task/fetch) -> submit with an error -> valid
// submit -> incident card posted -> Action.Execute "informed" -> card updated in place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import {
  botAddedToTeam,
  CHANNEL,
  cardAction,
  fetchTask,
  invoke,
  message,
  search,
  submitOnCard,
  taskFetch,
  taskSubmit,
} from "../../fixtures/teams/activities.ts";
import { seedCustomer } from "../slack/harness.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;
let acme: { id: string };

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-03-28T09:30:00Z" });
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme NV",
    contacts: [{ name: "Jan Peeters", email: "jan@acme.example", phone: "+32 470 00 00 01" }],
  });
  await seedCustomer(h, { key: "globex", name: "Globex BV" });
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;
const inputsOf = (card: Json): Json[] =>
  (card.body as Json[]).filter((e) => String(e.type).startsWith("Input."));
const submitData = (card: Json): Json =>
  (card.actions as Json[]).find((a) => a.type === "Action.Submit" || a.verb === "form.submit")!.data;

describe("reporting a breach in Teams", () => {
  let dialogCard: Json;

  it("answers the datalek command with a card whose button opens the dialog", async () => {
    expect((await h.post(botAddedToTeam(h.where))).status).toBe(200);
    const response = await h.post(message("datalek backup tape lost", h.where));
    expect(response.status).toBe(200);
    const reply = h.connector.sent.at(-1)!;
    // Answered in the thread of the command; the incident itself is posted in the channel.
    expect(reply.conversationId).toBe(`${CHANNEL};messageid=1733000000000`);
    const card = cardsOf(reply.activity)[0] as Json;
    const button = (card.actions as Json[])[0]!;
    expect(button).toMatchObject({
      type: "Action.Submit",
      data: { msteams: { type: "task/fetch" }, text: "backup tape lost" },
    });

    const fetched = await h.post(taskFetch(button.data, h.where));
    expect(fetched.status).toBe(200);
    expect(fetched.body.task.type).toBe("continue");
    dialogCard = fetched.body.task.value.card.content;
    const ids = inputsOf(dialogCard).map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(["customers", "discoveredAt.date", "discoveredAt.time", "description"]),
    );
    expect(inputsOf(dialogCard).find((i) => i.id === "description")!.value).toBe("backup tape lost");
    const customers = inputsOf(dialogCard).find((i) => i.id === "customers")!;
    expect(customers["choices.data"]).toEqual({ type: "Data.Query", dataset: "customers" });
    expect(customers.choices.map((c: Json) => c.title)).toEqual(["Acme NV (acme)", "Globex BV (globex)"]);
  });

  it("finds customers as the user types (Data.Query)", async () => {
    const found = await h.post(search("customers", "glo", h.where));
    expect(found.body.value.results).toEqual([{ title: "Globex BV (globex)", value: expect.any(String) }]);
  });

  it("shows field errors next to their fields and stores nothing", async () => {
    const data = {
      ...submitData(dialogCard),
      "discoveredAt.date": "2026-03-29",
      "discoveredAt.time": "10:00",
      description: "backup tape lost",
    };
    const response = await h.post(taskSubmit(data, h.where));
    const card = response.body.task.value.card.content as Json;
    const errors = (card.body as Json[]).filter((e) => String(e.id ?? "").endsWith(".error"));
    expect(errors.map((e) => e.id).sort()).toEqual(["customers.error", "discoveredAt.error"]);
    expect(inputsOf(card).find((i) => i.id === "description")!.value).toBe("backup tape lost");
    expect(await h.db.prisma.incident.count()).toBe(0);
  });

  let incidentActivity: string;

  it("stores a valid report once, posts the incident card, and a retried submit changes nothing", async () => {
    const data = {
      ...submitData(dialogCard),
      customers: acme.id,
      "discoveredAt.date": "2026-03-28",
      "discoveredAt.time": "10:00",
      description: "backup tape lost",
    };
    const first = await h.post(taskSubmit(data, h.where));
    expect(first.body.task).toMatchObject({
      type: "message",
      value: expect.stringMatching(/^DL-2026-0001 /),
    });
    const again = await h.post(taskSubmit(data, h.where));
    expect(again.body.task.value).toMatch(/already reported/);
    expect(await h.db.prisma.incident.count()).toBe(1);
    const posted = h.connector.sent.filter(
      (s) => s.conversationId === CHANNEL && JSON.stringify(s.activity).includes("DL-2026-0001"),
    );
    expect(posted).toHaveLength(1);
    incidentActivity = posted[0]!.activityId;
    const incident = await h.db.prisma.incident.findFirstOrThrow();
    expect(incident).toMatchObject({ platform: "teams", channelId: CHANNEL, messageId: incidentActivity });
    // 10:00 in Brussels (CET) is 09:00 UTC.
    expect(incident.discoveredAt.toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });

  it("records the customer as informed from the card's button and updates the card in place", async () => {
    const incident = await h.db.prisma.incident.findFirstOrThrow();
    const opened = await h.post(
      cardAction(INCIDENT_ACTIONS.informed, { value: incident.id }, incidentActivity, h.where),
    );
    const form = opened.body.value as Json;
    expect(opened.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const submit = (form.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const customer = inputsOf(form).find((i) => i.id === "customer")!.value;
    const done = await h.post(
      cardAction(
        "form.submit",
        {
          ...submit.data,
          customer,
          via: "phone",
          "at.date": "2026-03-28",
          "at.time": "10:20",
          to: "Jan Peeters",
        },
        incidentActivity,
        h.where,
      ),
    );
    expect(done.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const update = h.connector.updates.at(-1)!;
    expect(update.activityId).toBe(incidentActivity);
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow();
    expect(clock.notifiedAt?.toISOString()).toBe("2026-03-28T09:20:00.000Z");
    const audit = await h.db.prisma.auditLog.findMany({ where: { actorPlatform: "teams" } });
    expect(audit.map((a) => a.actorUserId)).toContain("d1e2a3b4-0000-4000-8000-0000000000a1");
  });

  it("answers the Action.Submit fallback of clients without Universal Actions by updating the card", async () => {
    const incident = await h.db.prisma.incident.findFirstOrThrow();
    const shownCard = h.connector.shown.get(incidentActivity) as Json;
    const button = (shownCard.body as Json[])
      .flatMap((e) => (e.type === "ActionSet" ? (e.actions as Json[]) : []))
      .find((a) => a.verb === INCIDENT_ACTIONS.authority)!;
    expect(button.fallback).toEqual({
      type: "Action.Submit",
      title: button.title,
      data: { value: incident.id, verb: INCIDENT_ACTIONS.authority },
    });

    await h.post(submitOnCard(button.fallback.data, incidentActivity, h.where));
    const form = h.connector.shown.get(incidentActivity) as Json;
    const cancel = (form.actions as Json[]).find((a) => a.verb === "form.cancel")!;
    expect(JSON.stringify(form)).toContain('"id":"decision"');

    await h.post(submitOnCard(cancel.fallback.data, incidentActivity, h.where));
    expect(JSON.stringify(h.connector.shown.get(incidentActivity))).toContain("DL-2026-0001");
  });

  it("shows an invalid button form again with its error and closes the incident from the card", async () => {
    const incident = await h.db.prisma.incident.findFirstOrThrow();
    const opened = await h.post(
      cardAction(INCIDENT_ACTIONS.authority, { value: incident.id }, incidentActivity, h.where),
    );
    const form = opened.body.value as Json;
    const submit = (form.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const customer = inputsOf(form).find((i) => i.id === "customer")!.value;
    const invalid = await h.post(
      cardAction("form.submit", { ...submit.data, customer }, incidentActivity, h.where),
    );
    const again = invalid.body.value as Json;
    expect(
      (again.body as Json[]).some(
        (e) => String(e.id).endsWith(".error") && (e.inlines as Json[])[0]!.color === "Attention",
      ),
    ).toBe(true);
    const updatesBefore = h.connector.updates.length;

    const close = await h.post(
      cardAction(INCIDENT_ACTIONS.close, { value: incident.id }, incidentActivity, h.where),
    );
    const closeForm = close.body.value as Json;
    const closeSubmit = (closeForm.actions as Json[]).find((a) => a.verb === "form.submit")!;
    await h.post(
      cardAction("form.submit", { ...closeSubmit.data, note: "tape found" }, incidentActivity, h.where),
    );
    expect((await h.db.prisma.incident.findFirstOrThrow()).status).toBe("closed");
    expect(h.connector.updates.slice(updatesBefore).map((u) => u.activityId)).toEqual([incidentActivity]);

    // A form of the closed incident, submitted late, is refused with a message, not an error.
    const late = await h.post(
      cardAction("form.submit", { ...submit.data, customer }, incidentActivity, h.where),
    );
    expect(late.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
  });

  it("opens the same dialog from the message action, prefilled with the message", async () => {
    const response = await h.post(
      fetchTask("report-message-as-breach", h.where, {
        id: "1733",
        body: { contentType: "html", content: "<p>Mail sent to the <b>wrong</b> customer</p>" },
      }),
    );
    const card = response.body.task.value.card.content as Json;
    expect(inputsOf(card).find((i) => i.id === "description")!.value).toBe("Mail sent to the wrong customer");
  });

  it("stores a report submitted from the message extension's dialog and closes it", async () => {
    const opened = await h.post(fetchTask("report-breach", h.where));
    const card = opened.body.task.value.card.content as Json;
    const data = {
      ...submitData(card),
      description: "USB stick lost",
      "discoveredAt.date": "2026-03-28",
      "discoveredAt.time": "09:00",
    };
    const invalid = await h.post(
      invoke(
        "composeExtension/submitAction",
        { commandId: "report-breach", commandContext: "compose", data },
        h.where,
      ),
    );
    expect(invalid.body.task.type).toBe("continue");
    const valid = await h.post(
      invoke(
        "composeExtension/submitAction",
        { commandId: "report-breach", commandContext: "compose", data: { ...data, customers: acme.id } },
        h.where,
      ),
    );
    expect(valid.status).toBe(200);
    // The dialog closes on a short message with the reference, never on an empty answer.
    expect(valid.body).toEqual({
      task: { type: "message", value: expect.stringMatching(/^DL-2026-0002 /) },
    });
    const incident = await h.db.prisma.incident.findFirstOrThrow({
      where: { description: "USB stick lost" },
    });
    expect(incident.reference).toBe("DL-2026-0002");
    expect(incident.messageId).not.toBeNull();
  });

  it("sent only valid Adaptive Cards 1.5 within the size limit", () => {
    expect(h.connector.violations).toEqual([]);
  });
});
