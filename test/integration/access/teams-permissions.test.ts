// Who may do what, through Teams activities as Teams sends them: a guest of our tenant (seen in the
// conversation's roster), a plain member, an incident handler and an administrator. Refused means
// nothing changed, the answer goes to that person only and names the role, and the attempt is
// audited. Card data comes back from the client: an edited id gains nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import { SUBPROCESSOR_ACTIONS } from "../../../src/domain/subprocessor/subprocessor-actions.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import { botAddedToTeam, cardAction, fetchTask, message, search } from "../../fixtures/teams/activities.ts";
import { grantRoles } from "../../support/staff.ts";
import { fanOutDeps, proposalInput, STAFF } from "../../support/subprocessor.ts";
import { seedCustomer } from "../slack/harness.ts";
import { reportBreachInTeams } from "../teams/flow-helpers.ts";
import { startTeamsHarness, type TeamsHarness } from "../teams/harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;

const MEMBER = {
  id: "29:1member-teams-id",
  name: "Mia Member",
  aadObjectId: "5b1c2d3e-0000-4000-8000-0000000000b1",
};
const HANDLER = {
  id: "29:1handler-teams-id",
  name: "Hugo Handler",
  aadObjectId: "5b1c2d3e-0000-4000-8000-0000000000b2",
};
const GUEST = {
  id: "29:1guest-teams-id",
  name: "Gus Guest",
  aadObjectId: "5b1c2d3e-0000-4000-8000-0000000000b3",
};
const JAN = {
  id: "29:1jan-teams-id",
  name: "Jan Peeters",
  aadObjectId: "5b1c2d3e-0000-4000-8000-0000000000a1",
};

let h: TeamsHarness;
let incident: { id: string; messageId: string };
const as = (user: typeof MEMBER) => ({ ...h.where, user });
const personal = (user: typeof MEMBER) => ({ ...h.where, conversation: "personal" as const, user });

async function refusals(userId: string, capability: string) {
  const rows = await h.db.prisma.auditLog.findMany({
    where: { action: "access.refused", actorUserId: userId },
  });
  return rows.filter((r) => (r.after as { capability?: string } | null)?.capability === capability);
}

beforeAll(async () => {
  // USER of the fixtures is privacy officer and administrator; the others are named below.
  h = await startTeamsHarness({ now: "2026-06-01T09:00:00Z" });
  const staff = (user: typeof MEMBER) => ({
    platform: "teams" as const,
    userId: user.aadObjectId,
    workspaceId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    displayName: user.name,
  });
  await grantRoles(h.db.prisma, staff(HANDLER), "incident_handler");
  // A B2B guest account of our tenant, as the roster shows it; a role granted to it gives nothing.
  h.connector.roster.set(GUEST.id, {
    userRole: "guest",
    userPrincipalName: "gus_partner.example#EXT#@provider.onmicrosoft.com",
  });
  await grantRoles(h.db.prisma, staff(GUEST), "privacy_officer");
  const acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme NV",
    contacts: [{ name: "Jan Peeters", email: "jan@acme.example" }],
  });
  await h.db.prisma.contact.updateMany({
    where: { customerId: acme.id },
    data: { roles: ["breach", "approver"], teamsUserId: JAN.aadObjectId },
  });
  await h.post(botAddedToTeam(h.where));
  const row = await reportBreachInTeams(h, {
    customerId: acme.id,
    discovered: { date: "2026-06-01", time: "08:00" },
    description: "Backup tape lost",
    where: as(MEMBER),
  });
  incident = { id: row.id, messageId: row.messageId! };
});
afterAll(async () => {
  await h?.close();
});

describe("Teams", () => {
  it("refuses a guest's report before the dialog opens, whatever role their id holds", async () => {
    const opened = await h.post(fetchTask("report-breach", as(GUEST)));
    expect(opened.body.task).toMatchObject({ type: "message" });
    expect(String(opened.body.task.value)).toContain("Guests and people of other organisations");
    expect(await refusals(GUEST.aadObjectId, "breach.report")).toHaveLength(1);
    expect(h.connector.rosterLookups).toContain(GUEST.id);
    // Nor can the guest list our customers through the dialog's type-ahead.
    expect((await h.post(search("customers", "ac", as(GUEST)))).body.value.results).toEqual([]);
    expect((await h.post(search("customers", "ac", as(MEMBER)))).body.value.results).toHaveLength(1);
  });

  it("lets a member report, but not record the customer informed; an incident handler may", async () => {
    const refused = await h.post(
      cardAction(INCIDENT_ACTIONS.informed, { value: incident.id }, incident.messageId, as(MEMBER)),
    );
    expect(refused.body).toMatchObject({ type: "application/vnd.microsoft.activity.message" });
    expect(String(refused.body.value)).toContain(
      `it needs the role incident handler or privacy officer. An administrator grants it with \`dpa-bot staff grant incident-handler --teams-user ${MEMBER.aadObjectId}\``,
    );
    expect(await refusals(MEMBER.aadObjectId, "incident.handle")).toHaveLength(1);

    const form = await h.post(
      cardAction(INCIDENT_ACTIONS.informed, { value: incident.id }, incident.messageId, as(HANDLER)),
    );
    expect(form.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const submit = (form.body.value.actions as Json[]).find((a) => a.verb === "form.submit")!;
    // The handler's form, submitted by the member (the card's data is whatever the client sends).
    const forged = await h.post(
      cardAction(
        "form.submit",
        { ...submit.data, via: "phone", "at.date": "2026-06-01", "at.time": "08:30", to: "Reception" },
        incident.messageId,
        as(MEMBER),
      ),
    );
    expect(String(forged.body.value)).toContain("incident handler or privacy officer");
    const clocks = await h.db.prisma.incidentCustomer.findMany({ where: { incidentId: incident.id } });
    expect(clocks.every((c) => c.notifiedAt === null)).toBe(true);

    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow({ where: { incidentId: incident.id } });
    const saved = await h.post(
      cardAction(
        "form.submit",
        {
          ...submit.data,
          customer: clock.id,
          via: "phone",
          "at.date": "2026-06-01",
          "at.time": "08:30",
          to: "Reception",
        },
        incident.messageId,
        as(HANDLER),
      ),
    );
    expect(saved.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const informed = await h.db.prisma.incidentCustomer.findFirstOrThrow({
      where: { incidentId: incident.id },
    });
    expect(informed.notifiedAt).toEqual(new Date("2026-06-01T06:30:00Z"));
  });

  it("lets only an administrator choose where the digest goes, and answers others privately", async () => {
    const before = h.connector.sent.length;
    await h.post(message("digest here", as(MEMBER)));
    const answer = h.connector.sent.slice(before);
    expect(answer.map((s) => s.conversationId)).toEqual([`a:personal-${MEMBER.id}`]);
    expect(JSON.stringify(answer[0]!.activity)).toContain("needs the role administrator");
    const marked = await h.db.prisma.conversationReference.findMany({ where: { digest: true } });
    expect(marked).toEqual([]);

    await h.post(message("digest here", h.where));
    expect(await h.db.prisma.conversationReference.count({ where: { digest: true } })).toBe(1);
  });

  it("keeps an approval to its approver, whatever id the card data names", async () => {
    await h.post(message("subverwerker", h.where));
    const proposalsBefore = await h.db.prisma.subProcessorProposal.count();
    // A member without the role gets no proposal dialog.
    const fetched = await h.post(fetchTaskFromCard(await lastCardButton(), MEMBER));
    expect(String(fetched.body.task.value)).toContain("needs the role privacy officer");
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(proposalsBefore);

    await grantRoles(h.db.prisma, STAFF, "privacy_officer");
    await proposeChange(h.teams.subprocessor, {
      input: proposalInput(),
      idempotencyKey: "teams-permissions",
      actor: STAFF,
      language: "en",
      platform: null,
    });
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
    const approval = await h.db.prisma.proposalCustomer.findFirstOrThrow();
    const request = await h.db.prisma.approvalRequest.findFirstOrThrow({ where: { channel: "teams" } });

    // Someone else sends the approval's id in their own card action: refused, nothing decided.
    const edited = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.approve, { value: approval.id }, request.messageId!, personal(HANDLER)),
    );
    expect(String(edited.body.value)).toMatch(/designated approvers/i);
    // The refresh verb shows the card only to who may read it.
    const peek = await h.post(
      cardAction(
        SUBPROCESSOR_ACTIONS.refreshApproval,
        { value: approval.id },
        request.messageId!,
        personal(MEMBER),
      ),
    );
    expect(peek.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(JSON.stringify(peek.body)).not.toContain("Acme NV");
    const own = await h.post(
      cardAction(
        SUBPROCESSOR_ACTIONS.refreshApproval,
        { value: approval.id },
        request.messageId!,
        personal(JAN),
      ),
    );
    expect(own.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(
      (await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approval.id } })).status,
    ).toBe("pending");
  });
});

async function lastCardButton(): Promise<Json> {
  return ((cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json).actions as Json[])[0]!.data;
}

function fetchTaskFromCard(data: Json, user: typeof MEMBER) {
  return {
    ...fetchTask("unused", as(user)),
    name: "task/fetch",
    value: { data, context: { theme: "default" } },
  };
}
