// Closes a request: the controller answered (or the request was withdrawn). It stays in the
// register; the data subject's details are erased REQUEST_DETAILS_RETENTION_DAYS later.
import type { Actor } from "../ports.ts";
import { freeTextError, trimmedText } from "../text/free-text.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadOpenRequestFor } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export async function closeRequest(
  deps: Pick<DsrDeps, "requests" | "access" | "clock">,
  command: { requestId: string; note: unknown; actor: Actor },
): Promise<DataSubjectRequest> {
  const note = typeof command.note === "string" ? trimmedText(command.note) : null;
  const noteError = freeTextError(note, "lines");
  if (noteError) throw new RequestRefusal(noteError, { note: noteError });
  if (note && note.length > 1000)
    throw new RequestRefusal("dsr.error.tooLong", { note: "dsr.error.tooLong" });
  const before = await loadOpenRequestFor(deps, command.requestId, command.actor, "request.handle");
  // Closing a request never forwarded would hide a broken promise (art. 8 DPA): say why.
  if (!before.forwardedAt && !note) {
    throw new RequestRefusal("dsr.error.closeNeedsReason", { note: "dsr.error.closeNeedsReason" });
  }
  return deps.requests.close(before.id, { at: deps.clock.now(), note }, command.actor);
}
