// When a Slack request reached this process. A dialog opened in one call must open well inside the
// trigger's 3 s counted from Slack's side, so its budget counts from the request's arrival, not from
// when its listener got its turn: under load a request can wait on the event loop first.
import { performance } from "node:perf_hooks";
import type { Request, RequestHandler } from "express";

/** The context property (Bolt's customProperties) that carries the arrival time. */
const ARRIVED_AT = "requestArrivedAt";
const stamp = Symbol("requestArrivedAt");

type Stamped = Request & { [stamp]?: number };

/** Mounted ahead of Bolt's receiver: stamps the request before its body is read and verified. */
export const stampArrival: RequestHandler = (req, _res, next) => {
  (req as Stamped)[stamp] = performance.now();
  next();
};

/** For ExpressReceiver's customPropertiesExtractor. */
export function arrivalProperties(req: Request): Record<string, number> {
  return { [ARRIVED_AT]: (req as Stamped)[stamp] ?? performance.now() };
}

/** The arrival (performance.now() time) of the request a listener handles; now when unknown (Socket Mode). */
export function arrivedAt(context: Record<string, unknown>): number {
  const at = context[ARRIVED_AT];
  return typeof at === "number" ? at : performance.now();
}
