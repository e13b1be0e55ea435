// Identifiers of the buttons on approval requests and on the proposal message. Each platform
// adapter routes them to its handler; the value is the approval (customer) id or the proposal id.
export const SUBPROCESSOR_ACTIONS = {
  approve: "subprocessor.approve",
  reject: "subprocessor.reject",
  withdraw: "subprocessor.withdraw",
  /** Teams asks for a card's current state when it is shown (Universal Actions refresh). */
  refreshApproval: "subprocessor.approval.refresh",
  refreshProposal: "subprocessor.proposal.refresh",
} as const;
