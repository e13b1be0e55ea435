// Data-subject requests in Teams end to end (art. 8 DPA), through POST /api/messages: `avg-verzoek`
// -> card -> dialog -> submit with an error -> valid submit (no SMTP: the forward text shown
// privately in the dialog) -> request card posted WITHOUT the data subject's details -> buttons
// (acknowledged, time spent) update the card in place; details only privately, only to the
// registrant; the message action prefills the request text; a retried submit registers once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_ACTIONS } from "../../../src/domain/dsr/request-actions.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import {
  botAddedToTeam,
  CHANNEL,
  cardAction,
  fetchTask,
  message,
  taskFetch,
  taskSubmit,
  USER,
} from "../../fixtures/teams/activities.ts";
import { seedRequestCustomer } from "../dsr/support.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;
let customerId: string;

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-01-31T09:00:00Z" });
  const customer = await seedRequestCustomer(h.db.prisma, {
    key: "acme",
    name: "Acme NV",
    contacts: [{ name: "Jan Peeters", email: "privacy@acme.example", roles: ["dsr"] }],
  });
  customerId = customer.id;
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;
const inputsOf = (card: Json): Json[] =>
  (card.body as Json[]).filter((e) => String(e.type).startsWith("Input."));
const SUBJECT = "Marie Dubois, klantnummer 4711";
const TEXT = "Graag inzage in al mijn gegevens";

describe("data-subject requests in Teams", () => {
  let dialog: Json;
  let requestActivity: string;

  it("opens the request dialog from the avg-verzoek card", async () => {
    await h.post(message("avg-verzoek", h.where));
    const card = cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json;
    const fetched = await h.post(taskFetch(card.actions[0].data, h.where));
    dialog = fetched.body.task.value.card.content;
    const customer = inputsOf(dialog).find((i) => i.id === "customer")!;
    expect(customer["choices.data"]).toEqual({ type: "Data.Query", dataset: "customer" });
    expect(customer.choices).toEqual([{ title: "Acme NV (acme)", value: customerId }]);
  });

  it("shows field errors and stores nothing; then registers once and posts the card without personal data", async () => {
    const submit = (dialog.actions as Json[]).find((a) => a.type === "Action.Submit")!.data;
    const invalid = await h.post(taskSubmit({ ...submit, subject: SUBJECT, requestText: TEXT }, h.where));
    const errors = (invalid.body.task.value.card.content.body as Json[]).filter((e) =>
      String(e.id).endsWith(".error"),
    );
    expect(errors.map((e) => e.id)).toEqual(expect.arrayContaining(["customer.error", "type.error"]));
    expect(await h.db.prisma.dataSubjectRequest.count()).toBe(0);

    const data = {
      ...submit,
      customer: customerId,
      type: "access",
      "receivedAt.date": "2026-01-31",
      "receivedAt.time": "09:30",
      receivedVia: "email",
      subject: SUBJECT,
      requestText: TEXT,
    };
    const valid = await h.post(taskSubmit(data, h.where));
    // No SMTP: the registrant sees the text to forward, privately, in the dialog.
    expect(valid.body.task.type).toBe("continue");
    expect(JSON.stringify(valid.body.task.value.card.content)).toContain("privacy@acme.example");
    await h.post(taskSubmit(data, h.where));
    expect(await h.db.prisma.dataSubjectRequest.count()).toBe(1);

    const posted = h.connector.sent.filter((s) => s.conversationId === CHANNEL);
    expect(posted).toHaveLength(1);
    const shown = JSON.stringify(posted[0]!.activity);
    expect(shown).toContain("AV-2026-0001");
    expect(shown).not.toContain("Marie");
    expect(shown).not.toContain("inzage");
    requestActivity = posted[0]!.activityId;
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(request).toMatchObject({ platform: "teams", channelId: CHANNEL, messageId: requestActivity });
  });

  it("records the forward, the acknowledgement and the time spent from the card, updating it in place", async () => {
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    const early = await h.post(
      cardAction(REQUEST_ACTIONS.acknowledged, { value: request.id }, requestActivity, h.where),
    );
    // Not forwarded yet: refused with a message, nothing recorded.
    expect(early.body.type).toBe("application/vnd.microsoft.activity.message");

    const forward = (
      await h.post(cardAction(REQUEST_ACTIONS.forwarded, { value: request.id }, requestActivity, h.where))
    ).body.value as Json;
    // Shown in place of the card, which others may see: the request text is not in it.
    expect(JSON.stringify(forward)).not.toContain("inzage");
    const forwardSubmit = (forward.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const to = inputsOf(forward).find((i) => i.id === "to")!.value;
    expect(to).toBe("privacy@acme.example");
    await h.post(
      cardAction(
        "form.submit",
        { ...forwardSubmit.data, to, via: "email", "at.date": "2026-01-31", "at.time": "09:45" },
        requestActivity,
        h.where,
      ),
    );
    expect((await h.db.prisma.dataSubjectRequest.findFirstOrThrow()).forwardedAt?.toISOString()).toBe(
      "2026-01-31T08:45:00.000Z",
    );
    const ack = await h.post(
      cardAction(REQUEST_ACTIONS.acknowledged, { value: request.id }, requestActivity, h.where),
    );
    expect(ack.body).toMatchObject({ type: "application/vnd.microsoft.card.adaptive" });
    expect(h.connector.updates.at(-1)!.activityId).toBe(requestActivity);

    const form = (
      await h.post(cardAction(REQUEST_ACTIONS.time, { value: request.id }, requestActivity, h.where))
    ).body.value as Json;
    const submit = (form.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const wrong = await h.post(
      cardAction("form.submit", { ...submit.data, minutes: "lots" }, requestActivity, h.where),
    );
    expect((wrong.body.value.body as Json[]).some((e) => e.id === "minutes.error")).toBe(true);
    await h.post(cardAction("form.submit", { ...submit.data, minutes: "45" }, requestActivity, h.where));
    expect((await h.db.prisma.dataSubjectRequest.findFirstOrThrow()).minutesSpent).toBe(45);
    expect(JSON.stringify(h.connector.shown.get(requestActivity))).toContain("45");
  });

  it("books the time of one submitted form once, however often it arrives (art. 8.3 costs)", async () => {
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    const bookings = () =>
      h.db.prisma.auditLog.count({ where: { entityId: request.id, action: "request.time_recorded" } });
    const booked = await bookings();
    const form = (
      await h.post(cardAction(REQUEST_ACTIONS.time, { value: request.id }, requestActivity, h.where))
    ).body.value as Json;
    const data = { ...(form.actions as Json[]).find((a) => a.verb === "form.submit")!.data, minutes: "30" };
    // The same form's state sent again: Teams retrying the invoke, a second click, two at once.
    const first = await h.post(cardAction("form.submit", data, requestActivity, h.where));
    const again = await h.post(cardAction("form.submit", data, requestActivity, h.where));
    await Promise.all([1, 2].map(() => h.post(cardAction("form.submit", data, requestActivity, h.where))));
    expect(first.status).toBe(200);
    expect(again.body).toMatchObject({ type: "application/vnd.microsoft.card.adaptive" });
    expect((await h.db.prisma.dataSubjectRequest.findFirstOrThrow()).minutesSpent).toBe(45 + 30);
    expect(await bookings()).toBe(booked + 1);

    // A form opened anew is a new booking.
    const next = (
      await h.post(cardAction(REQUEST_ACTIONS.time, { value: request.id }, requestActivity, h.where))
    ).body.value as Json;
    const nextData = {
      ...(next.actions as Json[]).find((a) => a.verb === "form.submit")!.data,
      minutes: "15",
    };
    await h.post(cardAction("form.submit", nextData, requestActivity, h.where));
    expect((await h.db.prisma.dataSubjectRequest.findFirstOrThrow()).minutesSpent).toBe(45 + 30 + 15);
    expect(await bookings()).toBe(booked + 2);
  });

  it("sends the details only to the registrant, in their personal chat; anyone else is refused", async () => {
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    const before = h.connector.sent.length;
    const mine = await h.post(
      cardAction(REQUEST_ACTIONS.details, { value: request.id }, requestActivity, h.where),
    );
    expect(mine.body.type).toBe("application/vnd.microsoft.activity.message");
    const personal = h.connector.sent.slice(before);
    expect(personal.map((s) => s.conversationId)).toEqual([`a:personal-${USER.id}`]);
    expect(JSON.stringify(personal[0]!.activity)).toContain("Marie Dubois");

    const other = { id: "29:other", name: "Eve", aadObjectId: "e0e0e0e0-0000-4000-8000-0000000000e1" };
    const refused = await h.post(
      cardAction(REQUEST_ACTIONS.details, { value: request.id }, requestActivity, {
        ...h.where,
        user: other,
      }),
    );
    expect(refused.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(JSON.stringify(refused.body)).not.toContain("Marie");
    expect(h.connector.sent.length).toBe(before + 1);
  });

  it("opens the dialog from the message action with the message as the request text", async () => {
    const response = await h.post(
      fetchTask("register-message-as-request", h.where, {
        id: "1",
        body: { contentType: "html", content: "<p>Please erase my account</p>" },
      }),
    );
    const card = response.body.task.value.card.content as Json;
    expect(inputsOf(card).find((i) => i.id === "requestText")!.value).toBe("Please erase my account");
  });

  it("sent only valid Adaptive Cards 1.5", () => {
    expect(h.connector.violations).toEqual([]);
  });
});
