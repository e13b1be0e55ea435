// The customer confirmed it received the forwarded request: the processor's part (art. 8 DPA) is
// done; the legal deadline stays the controller's, watched until the request is closed.
import type { Actor } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadOpenRequestFor } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export async function recordAcknowledgement(
  deps: Pick<DsrDeps, "requests" | "access" | "clock">,
  command: { requestId: string; actor: Actor },
): Promise<DataSubjectRequest> {
  const before = await loadOpenRequestFor(deps, command.requestId, command.actor, "request.handle");
  if (!before.forwardedAt) throw new RequestRefusal("dsr.error.notForwarded");
  if (before.acknowledgedAt) return before;
  return deps.requests.recordAcknowledged(before.id, deps.clock.now(), command.actor);
}
