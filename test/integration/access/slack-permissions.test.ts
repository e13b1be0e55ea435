// Who may do what, through signed Slack requests: for each capability Slack offers, a person who may
// and one who may not. Refused means nothing changed in the database, nothing went to a customer, a
// private answer names the role and the command that grants it, and the audit log has the attempt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { REQUEST_ACTIONS } from "../../../src/domain/dsr/request-actions.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import {
  asPayload,
  blockSuggestion,
  type Json,
  messageButton,
  type SlackUserRef,
  slashCommand,
  viewSubmission,
} from "../../fixtures/slack/payloads.ts";
import { grantRoles } from "../../support/staff.ts";
import { seedRequestCustomer } from "../dsr/support.ts";
import {
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  REPORTER,
  seedCustomer,
  startHarness,
} from "../slack/harness.ts";
import { PROPOSALS, valid } from "../slack/subverwerker-support.ts";

const HANDLER = { id: "U0HANDLER1", name: "hanna" };
const OFFICER = { id: "U0OFFICER1", name: "otto" };
const GUEST = { id: "U0GUEST001", name: "gina" };
const OUTSIDER: SlackUserRef = { id: "U0OUTSIDE1", name: "oscar", teamId: "T0OTHERORG" };

let h: Harness;
let smtp: FakeSmtp;
let mailer: ReturnType<typeof createSmtpMailer>;
let acme: { id: string };
let globex: { id: string };
let incident: { id: string; channelId: string; messageId: string };

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" });
  // REPORTER is a plain member of our workspace: no role at all.
  h = await startHarness({ now: "2026-05-04T08:00:00Z", mailer, reporterRoles: [] });
  const english = { locale: "en-GB", email: "staff@provider.example" };
  h.slack.users.set(HANDLER.id, { ...HANDLER, ...english, realName: "Hanna Handler" });
  h.slack.users.set(OFFICER.id, { ...OFFICER, ...english, realName: "Otto Officer" });
  h.slack.users.set(GUEST.id, { ...GUEST, ...english, realName: "Gina Guest", restricted: true });
  h.slack.users.set(OUTSIDER.id, {
    id: OUTSIDER.id,
    name: OUTSIDER.name,
    realName: "Oscar Outsider",
    locale: "en-GB",
    teamId: "T0OTHERORG",
  });
  const staff = (user: { id: string }, name: string) => ({
    platform: "slack" as const,
    userId: user.id,
    workspaceId: "T0001",
    displayName: name,
  });
  await grantRoles(h.db.prisma, staff(HANDLER, "Hanna Handler"), "incident_handler");
  await grantRoles(h.db.prisma, staff(OFFICER, "Otto Officer"), "privacy_officer");
  // A role granted to a guest's id by mistake gives them nothing.
  await grantRoles(h.db.prisma, staff(GUEST, "Gina Guest"), "privacy_officer");
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme BV",
    contacts: [{ name: "Jan Janssens", email: "jan@acme.example" }],
  });
  globex = await seedCustomer(h, {
    key: "globex",
    name: "Globex NV",
    language: "en",
    contacts: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
});

afterAll(async () => {
  await h?.close();
  mailer?.close();
  await smtp?.stop();
});

/** The view shown last (a dialog opened at once or replacing the loading view, or a notice). */
function lastView(): Json {
  return currentView(h, h.slack.lastViewId!);
}

async function command(user: SlackUserRef, name: string, channelId = INCIDENT_CHANNEL): Promise<Json> {
  await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), command: name, channelId, user }));
  return lastView();
}

async function clickAs(
  user: SlackUserRef,
  actionId: string,
  on: { id: string; channelId: string; messageId: string },
): Promise<Json> {
  await h.post(
    asPayload(
      messageButton({
        actionId,
        value: on.id,
        channelId: on.channelId,
        messageTs: on.messageId,
        triggerId: h.slack.issueTrigger(),
        user,
      }),
    ),
  );
  return lastView();
}

function submitAs(user: SlackUserRef, view: Json, inputs: Record<string, unknown>) {
  return h.post(asPayload(viewSubmission(view, inputs as never, user)));
}

async function refusals(userId: string, capability: string) {
  const rows = await h.db.prisma.auditLog.findMany({
    where: { action: "access.refused", actorUserId: userId },
  });
  return rows.filter((r) => (r.after as { capability?: string } | null)?.capability === capability);
}

const roleText = (role: string) =>
  `it needs the role ${role}. An administrator grants it with \`dpa-bot staff grant`;
const grantCommand = (role: string, user: { id: string }) =>
  `dpa-bot staff grant ${role} --slack-user ${user.id}`;

describe("reporting a breach (/datalek)", () => {
  it("is refused to a guest and to another organisation's colleague before any form, and audited", async () => {
    for (const user of [GUEST, OUTSIDER]) {
      const view = await command(user, "/datalek");
      expect(JSON.stringify(view.blocks)).toContain(
        "Guests and people of other organisations can only decide on sub-processors",
      );
      expect(view.submit).toBeUndefined();
      expect(await refusals(user.id, "breach.report")).toHaveLength(1);
    }
  });

  it("lists our customers in the type-ahead to members only", async () => {
    const view = await command(REPORTER, "/datalek");
    const ask = (user: SlackUserRef) => h.post(asPayload(blockSuggestion(view, "customers", "ac", user)));
    expect((await ask(REPORTER)).body.options.map((o: Json) => o.value)).toEqual([acme.id]);
    expect((await ask(GUEST)).body.options).toEqual([]);
    expect((await ask(OUTSIDER)).body.options).toEqual([]);
  });

  it("is open to every member without a role, and a guest cannot submit a member's form", async () => {
    const view = await command(REPORTER, "/datalek");
    expect(view.callback_id).toBe("breach.report");
    const inputs = {
      customers: [
        { value: acme.id, text: "Acme BV (acme)" },
        { value: globex.id, text: "Globex NV (globex)" },
      ],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      description: "Laptop gestolen",
    };
    const forged = await submitAs(GUEST, view, inputs);
    expect(forged.body.response_action).toBe("errors");
    // Said in the language of the form that was submitted (the member's Dutch).
    expect(JSON.stringify(forged.body.errors)).toContain("Gasten en mensen van andere organisaties");
    expect(await h.db.prisma.incident.count()).toBe(0);

    expect((await submitAs(REPORTER, view, inputs)).status).toBe(200);
    const row = await h.db.prisma.incident.findFirstOrThrow();
    incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
    expect(row.channelId).toBe(INCIDENT_CHANNEL);
  });
});

describe("working an incident", () => {
  it("lets the reporter complete their own report, but not stop the clock", async () => {
    const complete = await clickAs(REPORTER, INCIDENT_ACTIONS.complete, incident);
    expect(complete.callback_id).toBe("breach.complete");

    const informed = await clickAs(REPORTER, INCIDENT_ACTIONS.informed, incident);
    expect(informed.callback_id).not.toBe("breach.informed");
    // REPORTER speaks Dutch (nl-BE).
    expect(JSON.stringify(informed.blocks)).toContain(
      "daarvoor is de rol incidentbehandelaar of privacyfunctionaris nodig",
    );
    expect(JSON.stringify(informed.blocks)).toContain(
      `staff grant incident-handler --slack-user ${REPORTER.id}`,
    );
    expect(await refusals(REPORTER.id, "incident.handle")).toHaveLength(1);
  });

  it("refuses a member's submission of a handler's dialog and changes no clock", async () => {
    const dialog = await clickAs(HANDLER, INCIDENT_ACTIONS.informed, incident);
    expect(dialog.callback_id).toBe("breach.informed");
    const before = await h.db.prisma.auditLog.count();
    const forged = await submitAs(REPORTER, dialog, {
      via: "phone",
      at: new Date("2026-05-04T07:30:00Z"),
      to: "Receptie",
    });
    expect(forged.body.response_action).toBe("errors");
    // Said in the language of the dialog that was submitted (the handler's English).
    expect(JSON.stringify(forged.body.errors)).toContain(
      "needs the role incident handler or privacy officer",
    );
    const clocks = await h.db.prisma.incidentCustomer.findMany({ where: { incidentId: incident.id } });
    expect(clocks.every((c) => c.notifiedAt === null)).toBe(true);
    // Refused again within the window: no second audit row for the same refusal.
    expect(await h.db.prisma.auditLog.count()).toBe(before);
  });

  it("lets an incident handler record a customer informed by phone", async () => {
    const dialog = await clickAs(HANDLER, INCIDENT_ACTIONS.informed, incident);
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow({
      where: { incidentId: incident.id, customerId: acme.id },
    });
    const response = await submitAs(HANDLER, dialog, {
      customer: clock.id,
      via: "phone",
      at: new Date("2026-05-04T07:30:00Z"),
      to: "Receptie",
    });
    expect(response.status).toBe(200);
    expect(response.body?.errors, JSON.stringify(response.body)).toBeUndefined();
    const informed = await h.db.prisma.incidentCustomer.findFirstOrThrow({
      where: { incidentId: incident.id, customerId: acme.id },
    });
    expect(informed.notifiedAt).not.toBeNull();
  });

  it("shows an incident handler the notification text without a send button, and refuses a forged send", async () => {
    const dialog = await clickAs(HANDLER, INCIDENT_ACTIONS.notification, incident);
    expect(dialog.callback_id).toBe("breach.notification");
    expect(dialog.submit).toBeUndefined();
    await submitAs(HANDLER, dialog, {});
    expect(JSON.stringify(lastView().blocks)).toContain(roleText("privacy officer"));
    expect(JSON.stringify(lastView().blocks)).toContain(grantCommand("privacy-officer", HANDLER));
    expect(smtp.received).toHaveLength(0);
    expect(await refusals(HANDLER.id, "customer.notify")).toHaveLength(1);
  });

  it("lets a privacy officer send the notification e-mail", async () => {
    const dialog = await clickAs(OFFICER, INCIDENT_ACTIONS.notification, incident);
    expect(dialog.submit).toBeDefined();
    await submitAs(OFFICER, dialog, {});
    expect(smtp.received).toHaveLength(1);
  });

  it("lets a handler close the incident, not a member", async () => {
    const refused = await clickAs(REPORTER, INCIDENT_ACTIONS.close, incident);
    expect(refused.callback_id).not.toBe("breach.close");
    const dialog = await clickAs(HANDLER, INCIDENT_ACTIONS.close, incident);
    expect(dialog.callback_id).toBe("breach.close");
    await submitAs(HANDLER, dialog, { note: "Afgehandeld" });
    expect((await h.db.prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe(
      "closed",
    );
  });
});

describe("the digest on demand (/datalek-digest)", () => {
  it("shows every deadline to a handler and refuses a plain member, privately", async () => {
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await h.post(
      slashCommand({ triggerId: h.slack.issueTrigger(), command: "/datalek-digest", user: REPORTER }),
    );
    await h.post(
      slashCommand({ triggerId: h.slack.issueTrigger(), command: "/datalek-digest", user: HANDLER }),
    );
    const [member, handler] = h.slack.callsOf("chat.postEphemeral").slice(before);
    expect(member!.args.user).toBe(REPORTER.id);
    // REPORTER speaks Dutch (nl-BE), as in every other answer.
    expect(JSON.stringify(member!.args.blocks)).toContain(
      "daarvoor is de rol incidentbehandelaar of privacyfunctionaris of auditor of beheerder nodig",
    );
    expect(handler!.args.user).toBe(HANDLER.id);
    expect(JSON.stringify(handler!.args.blocks)).not.toMatch(/needs the role|daarvoor is de rol/);
    // Nothing of it in a channel others read (a direct message to the person is private too).
    const posted = h.slack
      .callsOf("chat.postMessage")
      .filter(
        (c) =>
          !/^[UD]/.test(String(c.args.channel)) &&
          /needs the role|daarvoor is de rol/.test(JSON.stringify(c.args)),
      );
    expect(posted).toEqual([]);
  });
});

describe("data-subject requests", () => {
  let request: { id: string; channelId: string; messageId: string };

  it("are registered by members, not by guests", async () => {
    const customer = await seedRequestCustomer(h.db.prisma, {
      key: "initech",
      name: "Initech",
      contacts: [{ name: "Inge", email: "privacy@initech.example", roles: ["dsr"] }],
    });
    const refused = await command(GUEST, "/avg-verzoek");
    expect(JSON.stringify(refused.blocks)).toContain("Guests and people of other organisations");
    const form = await command(REPORTER, "/avg-verzoek");
    await submitAs(REPORTER, form, {
      customer: customer.id,
      type: "access",
      receivedAt: new Date("2026-05-04T07:50:00Z"),
      receivedVia: "email",
      subject: "Someone",
      requestText: "Please send me my data",
    });
    const row = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    request = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
  });

  it("are handled by a handler; a member's click opens nothing and is audited", async () => {
    const refused = await clickAs(REPORTER, REQUEST_ACTIONS.close, request);
    expect(refused.callback_id).not.toBe("dsr.close");
    expect(JSON.stringify(refused.blocks)).toContain("incidentbehandelaar");
    expect(await refusals(REPORTER.id, "request.handle")).toHaveLength(1);
    const dialog = await clickAs(HANDLER, REQUEST_ACTIONS.close, request);
    await submitAs(HANDLER, dialog, { note: "Done" });
    expect(
      (await h.db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe("closed");
  });
});

describe("proposing a sub-processor (/subverwerker)", () => {
  it("is the privacy officer's: a handler gets no form, and a forged submission stores and sends nothing", async () => {
    const refused = await command(HANDLER, "/subverwerker", PROPOSALS);
    expect(refused.submit).toBeUndefined();
    expect(JSON.stringify(refused.blocks)).toContain(roleText("privacy officer"));
    const form = await command(OFFICER, "/subverwerker", PROPOSALS);
    expect(form.submit).toBeDefined();
    const forged = await submitAs(HANDLER, form, valid);
    expect(forged.body.response_action).toBe("errors");
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(0);
    expect(await h.db.prisma.approvalRequest.count()).toBe(0);
    expect(await refusals(HANDLER.id, "subprocessor.propose")).toHaveLength(1);

    expect((await submitAs(OFFICER, form, valid)).status).toBe(200);
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(1);
  });
});
