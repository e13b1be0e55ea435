// The request form's input, validated into domain values. Field names are the form's field ids, so
// an error lands on its field. Text typed or pasted by people is kept as typed (renderers escape it
// for chat), but control characters are refused (text/free-text.ts): they hide text and break
// e-mails and exports.
import { z } from "zod";
import { isInFuture } from "../breach/report-input.ts";
import { freeTextError, freeTextField } from "../text/free-text.ts";
import type { FieldErrors } from "./dsr-error.ts";
import { RECEIVED_VIA, REQUEST_TYPES, type ReceivedVia, type RequestType } from "./request.ts";

export const REQUEST_FIELDS = [
  "customer",
  "type",
  "receivedAt",
  "receivedVia",
  "subject",
  "requestText",
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

export const MAX_SUBJECT_LENGTH = 500;
export const MAX_REQUEST_TEXT_LENGTH = 3000;

export interface RequestInput {
  customerId: string;
  type: RequestType;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  subject: string;
  requestText: string;
}

export type Validated<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

const raw = z.object({
  customer: z.string().nullish(),
  type: z.string().nullish(),
  receivedAt: z.date().nullish(),
  receivedVia: z.string().nullish(),
  subject: freeTextField,
  requestText: freeTextField,
});

/** Unicode code points, so an emoji counts once (as people count it). */
function length(value: string): number {
  return Array.from(value).length;
}

export function validateRequest(
  input: Record<string, unknown>,
  now: Date,
): Validated<RequestInput, RequestField> {
  const parsed = raw.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors<RequestField> = {};
    for (const issue of parsed.error.issues)
      errors[(issue.path[0] as RequestField) ?? "customer"] ??= "dsr.error.invalid";
    return { ok: false, errors };
  }
  const r = parsed.data;
  const errors: FieldErrors<RequestField> = {};
  if (!r.customer) errors.customer = "dsr.error.customerRequired";
  if (!r.type) errors.type = "dsr.error.typeRequired";
  else if (!(REQUEST_TYPES as readonly string[]).includes(r.type)) errors.type = "dsr.error.invalid";
  if (!r.receivedAt) errors.receivedAt = "dsr.error.receivedRequired";
  else if (isInFuture(r.receivedAt, now)) errors.receivedAt = "dsr.error.inFuture";
  if (!r.receivedVia) errors.receivedVia = "dsr.error.viaRequired";
  else if (!(RECEIVED_VIA as readonly string[]).includes(r.receivedVia))
    errors.receivedVia = "dsr.error.invalid";
  const subjectError = freeTextError(r.subject, "line");
  const requestTextError = freeTextError(r.requestText, "lines");
  if (r.subject === null) errors.subject = "dsr.error.subjectRequired";
  else if (subjectError) errors.subject = subjectError;
  else if (length(r.subject) > MAX_SUBJECT_LENGTH) errors.subject = "dsr.error.tooLong";
  if (r.requestText === null) errors.requestText = "dsr.error.textRequired";
  else if (requestTextError) errors.requestText = requestTextError;
  else if (length(r.requestText) > MAX_REQUEST_TEXT_LENGTH) errors.requestText = "dsr.error.tooLong";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      customerId: r.customer!,
      type: r.type as RequestType,
      receivedAt: r.receivedAt!,
      receivedVia: r.receivedVia as ReceivedVia,
      subject: r.subject!,
      requestText: r.requestText!,
    },
  };
}
