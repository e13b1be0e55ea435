// The notification e-mail from a Teams incident card (art. 6 DPA), through POST /api/messages with
// SMTP configured: sent and recorded; with the mail server away the card's dialog says the e-mail is
// kept and retried, the card shows it pending in place, and the scheduler's retry sends it once
// the server is back, recording the customer as informed in the name of the Teams user who asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { retryPendingNotifications } from "../../../src/domain/breach/retry-notifications.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { botAddedToTeam, cardAction, USER } from "../../fixtures/teams/activities.ts";
import { seedCustomer } from "../slack/harness.ts";
import { reportBreachInTeams } from "./flow-helpers.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;
let smtp: FakeSmtp;
let acmeId: string;

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  h = await startTeamsHarness({ now: "2026-03-28T09:30:00Z", smtp });
  const acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme NV",
    language: "en",
    contacts: [{ name: "Jan Peeters", email: "jan@acme.example" }],
  });
  acmeId = acme.id;
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;

describe("the notification e-mail from a Teams incident card", () => {
  it("is kept while the mail server is away, shown pending on the card, and sent once when back", async () => {
    const incident = await reportBreachInTeams(h, {
      customerId: acmeId,
      discovered: { date: "2026-03-28", time: "10:00" },
      description: "HR export shared with the wrong team",
    });
    const activity = incident.messageId!;
    const port = smtp.port;
    await smtp.stop();

    const opened = await h.post(
      cardAction(INCIDENT_ACTIONS.notification, { value: incident.id }, activity, h.where),
    );
    const form = opened.body.value as Json;
    const submit = (form.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const answer = await h.post(cardAction("form.submit", { ...submit.data }, activity, h.where));
    expect(JSON.stringify(answer.body)).toMatch(/It is kept and sent automatically|automatisch verstuurd/);
    const card = JSON.stringify(
      h.connector.updates.filter((u) => u.activityId === activity).at(-1)!.activity,
    );
    expect(card).toMatch(/E-mail not sent yet|E-mail nog niet verstuurd/);
    const pending = await h.db.prisma.incidentCustomer.findFirstOrThrow({
      where: { incidentId: incident.id },
    });
    expect(pending).toMatchObject({ notifiedAt: null, notificationAttempts: 1 });

    await smtp.start(port);
    h.clock.set(pending.notificationRetryAt!);
    expect(await retryPendingNotifications(h.teams.breach)).toEqual({ sent: 1, pending: 0, failed: 0 });
    expect(await retryPendingNotifications(h.teams.breach)).toEqual({ sent: 0, pending: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([["jan@acme.example"]]);
    const sent = await h.db.prisma.incidentCustomer.findFirstOrThrow({ where: { incidentId: incident.id } });
    const by = await h.db.prisma.account.findUniqueOrThrow({ where: { id: sent.notifiedByAccountId! } });
    expect(by).toMatchObject({ platform: "teams", platformUserId: USER.aadObjectId });
    const after = JSON.stringify(
      h.connector.updates.filter((u) => u.activityId === activity).at(-1)!.activity,
    );
    expect(after).not.toMatch(/E-mail not sent yet|E-mail nog niet verstuurd/);
    expect(h.connector.violations).toEqual([]);
  });
});
