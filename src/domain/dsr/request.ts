// A data-subject request (GDPR art. 15-21) as the domain sees it (art. 8 DPA). The data subject's
// identity and the request text are personal data: they travel only to the customer's contact and,
// on demand, to the registrant and privacy officers; channels, logs and the audit log never see them.
import type { Identity } from "../access/decide-access.ts";
import type { Authority } from "../breach/incident.ts";
import type { Language, PostedMessage } from "../ports.ts";

/** The six rights, with their GDPR article. */
export const REQUEST_TYPES = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "portability",
  "objection",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const GDPR_ARTICLE: Record<RequestType, string> = {
  access: "15",
  rectification: "16",
  erasure: "17",
  restriction: "18",
  portability: "20",
  objection: "21",
};

export const RECEIVED_VIA = ["email", "phone", "letter", "web_form", "in_person"] as const;
export type ReceivedVia = (typeof RECEIVED_VIA)[number];

/** How a forward was made: by the bot's e-mail, or as confirmed by hand. */
export const FORWARD_CHANNELS = ["email", "phone", "letter", "portal"] as const;
export type ForwardChannel = (typeof FORWARD_CHANNELS)[number];

export type RequestStatus = "received" | "forwarded" | "closed";

export interface RequestContact {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  roles: Array<"breach" | "dsr" | "approver" | "dpo">;
  /** Empty: every request type (dsr contacts only). */
  dsrTypes: RequestType[];
  slackUserId: string | null;
  /** Teams AAD object id: the forward also reaches them in their personal chat with the bot. */
  teamsUserId: string | null;
}

export interface RequestCustomer {
  id: string;
  key: string;
  name: string;
  language: Language;
  authority: Authority;
  forwardSlaHours: number | null;
  contacts: RequestContact[];
}

export interface DataSubjectRequest {
  id: string;
  reference: string;
  status: RequestStatus;
  type: RequestType;
  customer: RequestCustomer;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  /** Personal data; null once erased after the retention term. */
  subject: string | null;
  requestText: string | null;
  detailsErasedAt: Date | null;
  forwardDueAt: Date;
  legalDeadline: Date;
  extendedDeadline: Date | null;
  extensionReason: string | null;
  forwardedAt: Date | null;
  forwardedVia: string | null;
  forwardedTo: string[];
  forwardMessageId: string | null;
  forwardError: string | null;
  forwardRetryAt: Date | null;
  forwardAttempts: number;
  acknowledgedAt: Date | null;
  minutesSpent: number;
  costCents: number;
  reporterName: string;
  reporterUserId: string | null;
  /** Language of the channel the request is shown in (the registrant's workspace), when known. */
  channelLanguage: Language | null;
  /** Who registered it, on the platform they used: they may see the details they typed. */
  registrant: Identity | null;
  message: PostedMessage | null;
  closedAt: Date | null;
  closingNote: string | null;
  createdAt: Date;
}

/** The deadline the controller must meet now: the extended one once recorded. */
export function currentDeadline(
  request: Pick<DataSubjectRequest, "legalDeadline" | "extendedDeadline">,
): Date {
  return request.extendedDeadline ?? request.legalDeadline;
}
