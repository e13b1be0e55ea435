// Identifiers of the buttons on a request message. Each platform adapter routes them to its
// handler; the value of every button is the request id.
export const REQUEST_ACTIONS = {
  details: "dsr.details",
  forwarded: "dsr.forwarded",
  acknowledged: "dsr.acknowledged",
  time: "dsr.time",
  extend: "dsr.extend",
  close: "dsr.close",
} as const;

export type RequestAction = keyof typeof REQUEST_ACTIONS;
