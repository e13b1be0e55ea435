// Art. 8 DPA: forwards the request by e-mail to the routed contacts and records it as forwarded
// (time, recipients, message id), which stops the forward clock. The send is claimed in the
// database first, so a double click, a retried delivery or a second instance never mails twice; a
// failed send frees the claim, is shown on the request and in the digest, and is never recorded as
// forwarded: retried later while the mail server is away, final on a 5xx refusal. Contacts with a Slack or Teams identity also get the request as a direct message (Teams:
// in their personal chat with the bot, opened by AAD object id when there is none yet).

import { randomUUID } from "node:crypto";
import { mailFailure } from "../mail-failure.ts";
import { MAIL_SEND_LEASE_MS } from "../mail-send-lease.ts";
import { type Actor, ChatDeliveryError, type ChatTarget } from "../ports.ts";
import { decideRetry } from "../reminders/retry.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { buildForwardText, forwardAsPlainText } from "./forward-text.ts";
import { loadOpenRequest } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export type ForwardOutcome =
  | { outcome: "sent"; request: DataSubjectRequest; recipients: string[]; messageId: string }
  /** Someone else is sending it, or it was forwarded already: nothing was sent by this call. */
  | { outcome: "skipped"; request: DataSubjectRequest }
  | { outcome: "failed"; request: DataSubjectRequest; error: string };

type ForwardDeps = Pick<
  DsrDeps,
  "requests" | "clock" | "mailer" | "chat" | "timezone" | "onChatError" | "chatPlatforms"
>;

export async function forwardRequest(
  deps: ForwardDeps,
  command: { requestId: string; actor: Actor },
): Promise<ForwardOutcome> {
  if (!deps.mailer) throw new RequestRefusal("dsr.error.mailDisabled");
  const before = await loadOpenRequest(deps.requests, command.requestId);
  if (before.forwardedAt) return { outcome: "skipped", request: before };
  const text = buildForwardText(before, deps.timezone);
  if (!text.route) {
    throw new RequestRefusal(
      "dsr.error.noContact",
      {},
      { customer: before.customer.name, key: before.customer.key },
    );
  }
  const recipients = text.route.contacts.map((c) => c.email);
  // Identifies this send, so that only it may record its failure.
  const key = `forward:${before.id}:${before.forwardAttempts}:${randomUUID()}`;
  const now = deps.clock.now();
  // Claimed right before the send, nothing in between: the fresh lease outlasts the send, which the
  // mailer ends within half of it (src/adapters/mail/smtp-timeouts.ts), so no other sender can take
  // it over while this one is still talking to a slow mail server.
  const claim = await deps.requests.claimForwardSend(before.id, {
    key,
    now,
    until: new Date(now.getTime() + MAIL_SEND_LEASE_MS),
  });
  if (claim !== "claimed") return { outcome: "skipped", request: before };

  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send({
      to: recipients,
      subject: text.subject,
      text: forwardAsPlainText(text),
    }));
  } catch (error) {
    // A mail server away is retried; a 5xx refusal (unknown address) is final and shown as such.
    const failure = mailFailure(error);
    const reason = failure.reason;
    const retry = decideRetry(failure, before.forwardAttempts + 1, deps.clock.now());
    const recorded = await deps.requests.failForwardSend(before.id, key, {
      error: reason,
      retryAt: retry.action === "retry" ? retry.at : null,
    });
    // Another sender took the claim over (ours ran out) and may have forwarded it: not ours to show.
    if (!recorded) return { outcome: "skipped", request: (await deps.requests.get(before.id))! };
    return { outcome: "failed", request: (await deps.requests.get(before.id))!, error: reason };
  }
  const request = await deps.requests.recordForwarded(
    before.id,
    {
      at: deps.clock.now(),
      via: "email",
      to: recipients,
      contactId: text.route.contacts[0]?.id ?? null,
      messageId,
    },
    command.actor,
  );
  await directMessageContacts(deps, request, text.route.contacts);
  return { outcome: "sent", request, recipients, messageId };
}

/** The request in full to each routed contact with a chat identity; a failure is reported, not thrown. */
async function directMessageContacts(
  deps: ForwardDeps,
  request: DataSubjectRequest,
  contacts: Array<{ slackUserId: string | null; teamsUserId: string | null }>,
): Promise<void> {
  const text = buildForwardText(request, deps.timezone);
  const message = {
    summary: text.subject,
    blocks: [
      { type: "header" as const, text: text.subject },
      ...text.paragraphs.map((p) => ({ type: "section" as const, text: [p] })),
    ],
  };
  const platforms = deps.chatPlatforms ?? ["slack"];
  const targets: ChatTarget[] = [];
  for (const contact of contacts) {
    if (contact.slackUserId && platforms.includes("slack"))
      targets.push({ platform: "slack", channelId: contact.slackUserId });
    if (contact.teamsUserId && platforms.includes("teams"))
      targets.push({ platform: "teams", channelId: contact.teamsUserId, person: true });
  }
  for (const target of targets) {
    try {
      await deps.chat.post(target, message);
    } catch (error) {
      deps.onChatError(error instanceof ChatDeliveryError ? error : new Error(String(error)), request.id);
    }
  }
}
