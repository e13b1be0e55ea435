// Art. 8 DPA, without SMTP: the person who forwarded the request by hand confirms to whom, how and
// when. The forward clock stops at that moment.
import { z } from "zod";
import { isInFuture } from "../breach/report-input.ts";
import type { Actor } from "../ports.ts";
import { freeTextError } from "../text/free-text.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import type { FieldErrors } from "./dsr-error.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadOpenRequestFor } from "./open-request.ts";
import { type DataSubjectRequest, FORWARD_CHANNELS } from "./request.ts";
import type { Validated } from "./request-input.ts";

export type ForwardField = "to" | "via" | "at";

const raw = z.object({ to: z.string().nullish(), via: z.string().nullish(), at: z.date().nullish() });

export interface ManualForward {
  to: string[];
  via: string;
  at: Date;
}

export function validateManualForward(
  input: Record<string, unknown>,
  request: DataSubjectRequest,
  now: Date,
): Validated<ManualForward, ForwardField> {
  const parsed = raw.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { to: "dsr.error.invalid" } };
  const { to, via, at } = parsed.data;
  const errors: FieldErrors<ForwardField> = {};
  const recipients = (to ?? "")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  // One recipient a line is fine (they are split on line breaks too); within one, nothing else.
  const toError =
    freeTextError(to ?? null, "lines") ?? recipients.map((r) => freeTextError(r, "line")).find(Boolean);
  if (recipients.length === 0) errors.to = "dsr.error.toRequired";
  else if (toError) errors.to = toError;
  else if (recipients.some((r) => r.length > 200) || recipients.length > 20) errors.to = "dsr.error.tooLong";
  if (!via || !(FORWARD_CHANNELS as readonly string[]).includes(via)) errors.via = "dsr.error.viaRequired";
  if (!at) errors.at = "dsr.error.atRequired";
  else if (isInFuture(at, now)) errors.at = "dsr.error.inFuture";
  else if (at.getTime() < request.receivedAt.getTime() - 60_000) errors.at = "dsr.error.beforeReceipt";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { to: recipients, via: via!, at: at! } };
}

export async function recordManualForward(
  deps: Pick<DsrDeps, "requests" | "access">,
  command: { requestId: string; forward: ManualForward; actor: Actor },
): Promise<DataSubjectRequest> {
  const before = await loadOpenRequestFor(deps, command.requestId, command.actor, "request.handle");
  if (before.forwardedAt) throw new RequestRefusal("dsr.error.alreadyForwarded");
  const known = before.customer.contacts.find((c) => command.forward.to.includes(c.email));
  return deps.requests.recordForwarded(
    before.id,
    { ...command.forward, contactId: known?.id ?? null, messageId: null },
    command.actor,
  );
}
