// The ports every sub-processor use case works with, wired once by the composition root.
import type { AccessControl } from "../access/access-control.ts";
import type { ChatPort, Clock, Language } from "../ports.ts";
import type { ApproverDirectory, ProposalRepository } from "./proposal-repository.ts";

export interface SubprocessorDeps {
  proposals: ProposalRepository;
  customers: ApproverDirectory;
  /** Who may do what (src/domain/access): every change asks it first. */
  access: AccessControl;
  clock: Clock;
  chat: ChatPort;
  /** Zone of the calendar days (intended start) and of times shown. */
  timezone: string;
  defaultLanguage: Language;
  /** SMTP_URL set: every approver also gets a personal decision link by e-mail. */
  emailEnabled: boolean;
  /** Teams is connected: approvers with a Teams identity are asked in a personal chat. */
  teamsEnabled?: boolean;
  /** A decision stands even when its chat messages could not be updated; reported, not thrown. */
  onChatError(error: unknown, context: string): void;
}
