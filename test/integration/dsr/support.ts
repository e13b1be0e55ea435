// Shared by the request flow tests: a customer with request contacts, opening the form through
// /avg-verzoek, clicking the buttons of the request message, and everything the bot sent to Slack.
import type { Language } from "../../../src/domain/i18n/languages.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { asPayload, type Json, messageButton, slashCommand } from "../../fixtures/slack/payloads.ts";
import { currentView, type Harness } from "../slack/harness.ts";

type Role = "breach" | "dsr" | "approver" | "dpo";
type Type = "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection";

export interface SeedContact {
  name: string;
  email: string;
  roles: Role[];
  dsrTypes?: Type[];
  slackUserId?: string;
  teamsUserId?: string;
}

export async function seedRequestCustomer(
  prisma: PrismaClient,
  data: {
    key: string;
    name: string;
    language?: Language;
    authority?: "GBA" | "AP";
    forwardSlaHours?: number;
    contacts: SeedContact[];
  },
) {
  return prisma.customer.create({
    data: {
      key: data.key,
      name: data.name,
      language: data.language ?? "nl",
      authority: data.authority ?? "GBA",
      forwardSlaHours: data.forwardSlaHours ?? null,
      contacts: {
        create: data.contacts.map((c) => ({
          name: c.name,
          email: c.email,
          roles: c.roles,
          dsrTypes: c.dsrTypes ?? [],
          slackUserId: c.slackUserId ?? null,
          teamsUserId: c.teamsUserId ?? null,
        })),
      },
    },
  });
}

/** Runs /avg-verzoek and returns the form that replaced the loading view. */
export async function openRequestForm(
  h: Harness,
  fields: { text?: string; channelId?: string; channelName?: string } = {},
) {
  await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), command: "/avg-verzoek", ...fields }));
  const viewId = String(h.slack.callsOf("views.update").at(-1)!.args.view_id);
  return currentView(h, viewId);
}

/** Clicks a button of the request message; returns the dialog it opened, if any. */
export async function clickRequestButton(
  h: Harness,
  actionId: string,
  request: { id: string; channelId: string; messageId: string },
  user?: { id: string; name: string },
): Promise<Json | null> {
  const updates = h.slack.callsOf("views.update").length;
  await h.post(
    asPayload(
      messageButton({
        actionId,
        value: request.id,
        channelId: request.channelId,
        messageTs: request.messageId,
        triggerId: h.slack.issueTrigger(),
        user,
      }),
    ),
  );
  const calls = h.slack.callsOf("views.update");
  if (calls.length === updates) return null;
  return currentView(h, String(calls.at(-1)!.args.view_id));
}

/** Every text the bot put in channels (posts and updates), as Slack received it. */
export function channelTraffic(h: Harness): string {
  return JSON.stringify(
    h.slack.calls.filter(
      (c) =>
        (c.method === "chat.postMessage" || c.method === "chat.update") &&
        !String(c.args.channel).startsWith("U"),
    ),
  );
}

/** The stored request message's blocks as JSON text. */
export function messageText(h: Harness, channelId: string, messageId: string): string {
  return JSON.stringify(h.slack.messages.get(`${channelId}/${messageId}`)?.blocks ?? null);
}
