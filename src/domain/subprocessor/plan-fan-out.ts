// Art. 9 DPA: every affected customer's approvers are asked. One request per customer and
// recipient: a Slack DM to each approver with a Slack identity, else one message in the customer's
// shared channel; with Teams connected, a personal chat with each approver with a Teams identity;
// and, when e-mail is configured, a personal link to every approver.
import type { AffectedCustomer } from "./proposal.ts";

export type ApprovalChannel = "slack" | "teams" | "email";

export interface PlannedRequest {
  contactId: string | null;
  channel: ApprovalChannel;
  /** Slack user or channel id, Teams AAD object id, or e-mail address. */
  recipient: string;
}

export interface FanOutChannels {
  email: boolean;
  /** Teams is connected: approvers with a Teams identity are asked there too. */
  teams?: boolean;
}

export function planRequests(customer: AffectedCustomer, options: FanOutChannels): PlannedRequest[] {
  const planned: PlannedRequest[] = [];
  const seen = new Set<string>();
  const add = (request: PlannedRequest) => {
    const key = `${request.channel}\n${request.recipient}`;
    if (seen.has(key)) return;
    seen.add(key);
    planned.push(request);
  };
  for (const approver of customer.approvers) {
    if (approver.slackUserId)
      add({ contactId: approver.contactId, channel: "slack", recipient: approver.slackUserId });
    else if (customer.slackChannelId)
      add({ contactId: null, channel: "slack", recipient: customer.slackChannelId });
  }
  if (options.teams) {
    for (const approver of customer.approvers) {
      if (approver.teamsUserId)
        add({ contactId: approver.contactId, channel: "teams", recipient: approver.teamsUserId });
    }
  }
  if (options.email) {
    for (const approver of customer.approvers) {
      add({ contactId: approver.contactId, channel: "email", recipient: approver.email.toLowerCase() });
    }
  }
  return planned;
}
