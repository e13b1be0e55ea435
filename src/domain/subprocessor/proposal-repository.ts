// What the sub-processor use cases need from storage, owned by the domain. The database adapter
// implements it; every change writes its audit row in the same transaction (Bijlage 2).
import type { Actor, ChatPlatform, Language, PostedMessage } from "../ports.ts";
import type { PlannedRequest } from "./plan-fan-out.ts";
import type {
  AffectedCustomer,
  Approver,
  CustomerApproval,
  Decision,
  DecisionVia,
  Proposal,
  ProposalTerms,
  Tally,
} from "./proposal.ts";

export interface NewProposal {
  /** Identifies the submission: submitting it again returns the proposal it created. */
  idempotencyKey: string;
  terms: ProposalTerms;
  allCustomers: boolean;
  requestedAt: Date;
  referenceYear: number;
  proposerLanguage: Language;
  platform: ChatPlatform | null;
  customers: Array<{ customerId: string; requests: PlannedRequest[] }>;
}

export interface DecisionRecord {
  state: "approved" | "rejected";
  at: Date;
  via: DecisionVia;
  reason: string | null;
  /** Art. 3.7 DPA: the approver confirmed the warning about processing outside the EEA. */
  nonEeaConfirmed: boolean;
  /** Link id, IP, user agent; or the reference of the written consent. */
  evidence: Record<string, string | null>;
  /** The e-mail link the decision was made with: used up in the same transaction. */
  linkId?: string;
}

export type DecideResult =
  | { outcome: "decided"; approval: CustomerApproval }
  /** Someone decided first (the first decision per customer stands), or the proposal was withdrawn. */
  | { outcome: "already"; approval: CustomerApproval; decision: Decision | null };

/** One customer's approval with what a decision on it needs to know. */
export interface ApprovalContext {
  approval: CustomerApproval;
  proposal: Proposal;
  approvers: Approver[];
  /** The Slack/Teams messages that asked this customer, to update once decided. */
  messages: PostedMessage[];
}

export interface ProposalRepository {
  create(draft: NewProposal, actor: Actor): Promise<{ proposal: Proposal; created: boolean }>;
  get(id: string): Promise<Proposal | null>;
  approvals(proposalId: string): Promise<CustomerApproval[]>;
  tally(proposalId: string): Promise<Tally>;
  attachMessage(id: string, posted: PostedMessage): Promise<void>;
  approvalContext(approvalId: string): Promise<ApprovalContext | null>;
  decide(approvalId: string, record: DecisionRecord, actor: Actor): Promise<DecideResult>;
  /** Audits an attempt to decide by someone who may not (art. 9 DPA, Bijlage 2: logged use). */
  recordRefusedAttempt(approvalId: string, actor: Actor, why: string): Promise<void>;
  /** Closes every pending approval and request; sent messages are marked for an update. */
  withdraw(proposalId: string, at: Date, actor: Actor): Promise<Proposal>;
  /** The proposal's tally message was brought up to date. */
  markProposalMessageCurrent(proposalId: string): Promise<void>;
  /** The customer's posted messages were brought up to date. */
  markMessagesCurrent(approvalId: string): Promise<void>;
}

/** The register, as far as proposals read it. */
export interface ApproverDirectory {
  /** Active customers (all, or these ids) with their approvers; unknown or archived ids left out. */
  findAffected(scope: { all: true } | { all: false; ids: string[] }): Promise<AffectedCustomer[]>;
}
