// The customer confirmed it received the forwarded request: the processor's part (art. 8 DPA) is
// done; the legal deadline stays the controller's, watched until the request is closed.
import type { Actor } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadOpenRequest } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export async function recordAcknowledgement(
  deps: Pick<DsrDeps, "requests" | "clock">,
  command: { requestId: string; actor: Actor },
): Promise<DataSubjectRequest> {
  const before = await loadOpenRequest(deps.requests, command.requestId);
  if (!before.forwardedAt) throw new RequestRefusal("dsr.error.notForwarded");
  if (before.acknowledgedAt) return before;
  return deps.requests.recordAcknowledged(before.id, deps.clock.now(), command.actor);
}
