// GDPR art. 12(3): the controller may extend its deadline by two further months, taking into account
// the complexity and number of requests, and must say why within the first month. Recorded with its
// reason, and only while that first month runs.
import type { Actor } from "../ports.ts";
import { freeTextError } from "../text/free-text.ts";
import { canExtend, computeExtendedDeadline } from "./deadlines.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadOpenRequestFor } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export async function extendDeadline(
  deps: Pick<DsrDeps, "requests" | "access" | "clock">,
  command: { requestId: string; reason: unknown; actor: Actor },
): Promise<DataSubjectRequest> {
  const reason = typeof command.reason === "string" ? command.reason.trim() : "";
  if (reason === "")
    throw new RequestRefusal("dsr.error.reasonRequired", { reason: "dsr.error.reasonRequired" });
  const reasonError = freeTextError(reason, "lines");
  if (reasonError) throw new RequestRefusal(reasonError, { reason: reasonError });
  if (reason.length > 1000) throw new RequestRefusal("dsr.error.tooLong", { reason: "dsr.error.tooLong" });
  const before = await loadOpenRequestFor(deps, command.requestId, command.actor, "request.handle");
  if (before.extendedDeadline) throw new RequestRefusal("dsr.error.alreadyExtended");
  if (!canExtend(before.legalDeadline, before.extendedDeadline, deps.clock.now())) {
    throw new RequestRefusal("dsr.error.extensionTooLate");
  }
  const deadline = computeExtendedDeadline(before.receivedAt, before.customer.authority);
  return deps.requests.extend(before.id, { deadline, reason }, command.actor);
}
