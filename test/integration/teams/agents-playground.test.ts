// The bot against a real Teams client: Microsoft 365 Agents Playground (offline, pinned version),
// talking to the app in TEAMS_LOCAL mode on loopback. The playground sends its own activities and
// receives our replies on its own Bot Framework connector; this test drives it through the HTTP API
// its page uses: help, the digest (refused until the playground's user holds a role), the report
// dialog from the message-extension menu (fetchTask -> submit), and the incident card's buttons.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { type Playground, type PlaygroundMessage, startPlayground } from "../../support/agents-playground.ts";
import {
  acceptedCardActionAnswer,
  acceptedFetchTaskAnswer,
  acceptedSubmitActionAnswer,
} from "../../support/agents-playground-answers.ts";
import { grantRoles } from "../../support/staff.ts";
import { seedCustomer } from "../slack/harness.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: cards are JSON, read freely in assertions
type Json = Record<string, any>;

let h: TeamsHarness;
let pg: Playground;
let acme: { id: string };

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z", userRoles: [] });
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme NV",
    contacts: [{ name: "Jan Peeters", email: "jan@acme.example", phone: "+32 470 00 00 01" }],
  });
  pg = await startPlayground(h.url);
}, 60_000);

afterAll(async () => {
  await pg?.stop();
  await h?.close();
});

const cardOf = (m: PlaygroundMessage): Json =>
  m.attachments.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content as Json;
const said = (m: PlaygroundMessage) => `${m.text ?? ""} ${JSON.stringify(m.attachments)}`;
const inputsOf = (card: Json): Json[] =>
  (card.body as Json[]).filter((e) => String(e.type).startsWith("Input."));
const actionsOf = (card: Json): Json[] => [
  ...((card.actions as Json[] | undefined) ?? []),
  ...(card.body as Json[]).flatMap((e) => (e.type === "ActionSet" ? (e.actions as Json[]) : [])),
];

/** Types `text` and waits for the bot's answer in the personal chat. */
async function ask(text: string): Promise<PlaygroundMessage> {
  const from = pg.received.length;
  await pg.send(text);
  return pg.waitForMessage((m) => m.action === "createMessage", from);
}

/** Clicks an Action.Execute button of a card the bot sent, as the page does. */
async function click(messageId: string, button: Json, inputs: Json = {}) {
  const action = {
    type: "Action.Execute",
    title: button.title,
    verb: button.verb,
    data: { ...button.data, ...inputs },
  };
  return pg.invoke("adaptiveCard/action", { action }, messageId);
}

describe("the bot in Microsoft 365 Agents Playground", { timeout: 60_000 }, () => {
  it("answers help with its menu card", async () => {
    const reply = await ask("help");
    expect(reply.conversationId).toBe(pg.config.personalChat.id);
    expect(JSON.stringify(cardOf(reply))).toContain("What I can do");
  });

  it("refuses the digest to the playground's user until a role is granted, then shows it", async () => {
    const refused = await ask("digest");
    expect(said(refused)).toContain(
      `dpa-bot staff grant incident-handler --teams-user ${pg.config.currentUser.aadObjectId}`,
    );
    const { currentUser, tenantId } = pg.config;
    await grantRoles(
      h.db.prisma,
      {
        platform: "teams",
        userId: currentUser.aadObjectId,
        workspaceId: tenantId,
        displayName: currentUser.name,
      },
      "privacy_officer",
    );
    expect(JSON.stringify(cardOf(await ask("digest")))).toContain("Nothing open");
  });

  let incidentMessage: PlaygroundMessage;

  it("opens the report dialog from the message-extension menu and closes it on submit", async () => {
    const value = { commandId: "report-breach", commandContext: "compose" };
    const opened = await pg.invoke("composeExtension/fetchTask", value);
    expect(opened.status).toBe(200);
    expect(acceptedFetchTaskAnswer(opened.body)).toBe(true);
    const card = (opened.body as Json).task.value.card.content as Json;
    const submit = actionsOf(card).find((a) => a.type === "Action.Submit")!;
    const data = {
      ...submit.data,
      description: "Laptop stolen from a car",
      "discoveredAt.date": "2026-05-04",
      "discoveredAt.time": "07:30",
    };

    const invalid = await pg.invoke("composeExtension/submitAction", { ...value, data });
    expect(acceptedSubmitActionAnswer(invalid.body)).toBe(true);
    expect((invalid.body as Json).task.type).toBe("continue");
    expect(await h.db.prisma.incident.count()).toBe(0);

    const from = pg.received.length;
    const done = await pg.invoke("composeExtension/submitAction", {
      ...value,
      data: { ...data, customers: acme.id },
    });
    expect(done.status).toBe(200);
    // Never an empty answer: the playground shows that as an error (Teams would close silently).
    expect(acceptedSubmitActionAnswer(done.body)).toBe(true);
    expect(done.body).toEqual({ task: { type: "message", value: expect.stringMatching(/^DL-2026-0001 /) } });

    incidentMessage = await pg.waitForMessage((m) => said(m).includes("DL-2026-0001"), from);
    const incident = await h.db.prisma.incident.findFirstOrThrow();
    expect(incident).toMatchObject({ platform: "teams", channelId: pg.config.personalChat.id });
    expect(incident.messageId).toBe(incidentMessage.messageId);
  });

  it("records the customer as informed from the incident card's button and updates the card", async () => {
    const informed = actionsOf(cardOf(incidentMessage)).find((a) => a.verb === INCIDENT_ACTIONS.informed)!;
    expect(informed.type).toBe("Action.Execute");
    const opened = await click(incidentMessage.messageId, informed);
    expect(opened.status).toBe(200);
    expect(acceptedCardActionAnswer(opened.body)).toBe(true);
    const form = (opened.body as Json).value as Json;
    const save = actionsOf(form).find((a) => a.verb === "form.submit")!;
    const customer = inputsOf(form).find((i) => i.id === "customer")!.value;

    const from = pg.received.length;
    const saved = await click(incidentMessage.messageId, save, {
      customer,
      via: "phone",
      "at.date": "2026-05-04",
      "at.time": "07:45",
      to: "Jan Peeters",
    });
    expect(acceptedCardActionAnswer(saved.body)).toBe(true);
    expect((saved.body as Json).type).toBe("application/vnd.microsoft.card.adaptive");
    // The card in the conversation is replaced for everyone, by its message id.
    const updated = await pg.waitForMessage(
      (m) => m.action === "updateMessage" && m.messageId === incidentMessage.messageId,
      from,
    );
    expect(said(updated)).toContain("DL-2026-0001");
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow();
    expect(clock.notifiedAt?.toISOString()).toBe("2026-05-04T07:45:00.000Z");
  });
});
