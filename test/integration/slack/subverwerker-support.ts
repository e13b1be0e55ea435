// Shared by the /subverwerker tests: the people, the customers with their approvers and channels,
// opening the form and clicking a message's buttons through signed requests.
import { asPayload, type Json, messageButton, slashCommand } from "../../fixtures/slack/payloads.ts";
import { seedCustomerWithApprovers } from "../../support/subprocessor.ts";
import { currentView, type Harness } from "./harness.ts";

export const NOW = "2027-02-01T09:00:00Z";
export const PROPOSALS = "C0PROPOSALS";
export const SHARED = "C0GLOBEX01";
export const JAN = { id: "U0JAN00001", name: "jan" };
export const AN = { id: "U0AN000001", name: "an" };
export const STRANGER = { id: "U0STRANGE1", name: "stranger" };

/** Acme (nl): two approvers with a Slack identity. Globex (en): one without, and a shared channel. */
export async function seedSubverwerkerWorld(h: Harness) {
  h.slack.memberOf.add(PROPOSALS);
  h.slack.memberOf.add(SHARED);
  for (const [user, realName] of [
    [JAN, "Jan Peeters"],
    [AN, "An Claes"],
    [STRANGER, "Sam Stranger"],
  ] as const) {
    h.slack.users.set(user.id, { id: user.id, name: user.name, realName, locale: "nl-BE" });
  }
  const acme = await seedCustomerWithApprovers(h.db.prisma, {
    key: "acme",
    name: "Acme NV",
    language: "nl",
    approvers: [
      { name: "Jan Peeters", email: "jan@acme.example", slackUserId: JAN.id },
      { name: "An Claes", email: "an@acme.example", slackUserId: AN.id },
    ],
  });
  const globex = await seedCustomerWithApprovers(h.db.prisma, {
    key: "globex",
    name: "Globex BV",
    language: "en",
    slackChannelId: SHARED,
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
  return { acme, globex };
}

/** Runs /subverwerker in the proposals channel and returns the form once it replaced the loading view. */
export async function openForm(h: Harness): Promise<Json> {
  await h.post(
    slashCommand({
      triggerId: h.slack.issueTrigger(),
      channelId: PROPOSALS,
      channelName: "proposals",
      command: "/subverwerker",
    }),
  );
  return currentView(h, String(h.slack.callsOf("views.update").at(-1)!.args.view_id));
}

export function click(
  h: Harness,
  actionId: string,
  value: string,
  channelId: string,
  messageTs: string,
  user: { id: string; name: string },
) {
  return h.post(
    asPayload(
      messageButton({ actionId, value, channelId, messageTs, triggerId: h.slack.issueTrigger(), user }),
    ),
  );
}

export function mechanismBlock(view: Json): string {
  return String((view.blocks as Json[]).find((b) => String(b.block_id).startsWith("mechanism"))!.block_id);
}

export const valid = {
  name: "Cloudy Backup Inc",
  purpose: "Off-site backups",
  country: "US",
  mechanism: "scc",
  dataCategories: "Backups of the customer database",
  intendedStart: "2027-03-01",
  scope: "all",
  reason: "Our backup provider stops its service",
};
