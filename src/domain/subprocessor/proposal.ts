// A sub-processor proposal as the domain sees it (art. 9 DPA: prior consent per customer; art. 3.7:
// processing outside the EEA only with prior written consent).
import type { Language } from "../ports.ts";

export const TRANSFER_MECHANISMS = ["adequacy", "scc", "bcr"] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number] | "none";

export type ApprovalState = "pending" | "approved" | "rejected" | "withdrawn";
export type DecisionVia = "slack" | "teams" | "email_link" | "written_consent";

export interface ProposalTerms {
  subProcessorName: string;
  purpose: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  mechanism: TransferMechanism;
  dataCategories: string;
  /** A calendar date (midnight UTC of it). */
  intendedStart: Date;
  reason: string;
}

export interface Decision {
  state: Exclude<ApprovalState, "pending">;
  at: Date;
  byName: string;
  via: DecisionVia | null;
}

export interface CustomerApproval {
  id: string;
  customerId: string;
  customerKey: string;
  customerName: string;
  language: Language;
  state: ApprovalState;
  decision: Decision | null;
  reason: string | null;
}

export interface Proposal extends ProposalTerms {
  id: string;
  reference: string;
  status: "open" | "withdrawn";
  allCustomers: boolean;
  proposerName: string;
  proposerUserId: string;
  proposerPlatform: string;
  proposerLanguage: Language;
  /** Where the tally message is shown (null until posted). */
  message: { platform: "slack" | "teams"; channelId: string; messageId: string } | null;
  withdrawnAt: Date | null;
  createdAt: Date;
}

export interface Tally {
  approved: number;
  rejected: number;
  pending: number;
  withdrawn: number;
  total: number;
  /** Approval requests of still-pending customers that did not reach their approver. */
  delivery?: DeliveryTrouble;
}

/** Shown on the proposal, so nobody waits for a decision from an approver who was never asked. */
export interface DeliveryTrouble {
  /** Failed at least once, retried automatically (mail server away, chat rate limit, outage). */
  retrying: number;
  /** Given up on (e.g. an address the mail server refuses): a person must look at the register. */
  failed: number;
  /** The most recent failure's reason. */
  lastError: string | null;
}

export function tallyOf(states: ApprovalState[]): Tally {
  const tally: Tally = { approved: 0, rejected: 0, pending: 0, withdrawn: 0, total: states.length };
  for (const state of states) tally[state]++;
  return tally;
}

/** An approver as the register names them: the people who may decide for their customer. */
export interface Approver {
  contactId: string;
  name: string;
  email: string;
  slackUserId: string | null;
  teamsUserId: string | null;
}

export interface AffectedCustomer {
  id: string;
  key: string;
  name: string;
  language: Language;
  slackChannelId: string | null;
  approvers: Approver[];
}
