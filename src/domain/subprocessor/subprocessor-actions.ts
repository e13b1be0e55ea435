// Identifiers of the buttons on approval requests and on the proposal message. Each platform
// adapter routes them to its handler; the value is the approval (customer) id or the proposal id.
export const SUBPROCESSOR_ACTIONS = {
  approve: "subprocessor.approve",
  reject: "subprocessor.reject",
  withdraw: "subprocessor.withdraw",
} as const;
