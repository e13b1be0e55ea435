// Submitting a dialog behind a request button, for every platform: validate against the stored
// request, then record (with its audit row). Field errors come back by field id; a refusal without
// a field is thrown (RequestRefusal) for the adapter to show.

import { closeRequest } from "../../domain/dsr/close-request.ts";
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import type { FieldErrors } from "../../domain/dsr/dsr-error.ts";
import { extendDeadline } from "../../domain/dsr/extend-deadline.ts";
import { loadOpenRequest } from "../../domain/dsr/open-request.ts";
import { recordManualForward, validateManualForward } from "../../domain/dsr/record-forward.ts";
import { recordTimeSpent } from "../../domain/dsr/record-time-spent.ts";
import type { DataSubjectRequest } from "../../domain/dsr/request.ts";
import type { Actor } from "../../domain/ports.ts";
import type { FormValues } from "../model.ts";
import { CLOSE_REQUEST_FORM_ID, EXTEND_FORM_ID, FORWARD_FORM_ID, TIME_FORM_ID } from "./action-forms.ts";
import type { RequestDialog } from "./request-dialog.ts";

export type RequestDialogOutcome = { request: DataSubjectRequest } | { fieldErrors: FieldErrors<string> };

/** `requestKey`: identifies the submission (e.g. a view id), so a replayed one changes nothing twice. */
type Change = (
  requestId: string,
  values: FormValues,
  actor: Actor,
  requestKey: string | undefined,
) => Promise<RequestDialogOutcome>;

export const REQUEST_DIALOG_FORMS: Record<string, RequestDialog> = {
  [FORWARD_FORM_ID]: "forwarded",
  [TIME_FORM_ID]: "time",
  [EXTEND_FORM_ID]: "extend",
  [CLOSE_REQUEST_FORM_ID]: "close",
};

export async function submitRequestDialog(
  deps: DsrDeps,
  request: { formId: string; requestId: string; values: FormValues; actor: Actor; requestKey?: string },
): Promise<RequestDialogOutcome> {
  const change = changes(deps)[request.formId];
  if (!change) throw new Error(`no request dialog ${request.formId}`);
  return change(request.requestId, request.values, request.actor, request.requestKey);
}

function changes(deps: DsrDeps): Record<string, Change> {
  return {
    [FORWARD_FORM_ID]: async (requestId, values, actor) => {
      const before = await loadOpenRequest(deps.requests, requestId);
      const checked = validateManualForward(values, before, deps.clock.now());
      if (!checked.ok) return { fieldErrors: checked.errors };
      return { request: await recordManualForward(deps, { requestId, forward: checked.value, actor }) };
    },
    [TIME_FORM_ID]: async (requestId, values, actor, requestKey) => ({
      request: await recordTimeSpent(deps, { requestId, minutes: values.minutes, actor, requestKey }),
    }),
    [EXTEND_FORM_ID]: async (requestId, values, actor) => ({
      request: await extendDeadline(deps, { requestId, reason: values.reason, actor }),
    }),
    [CLOSE_REQUEST_FORM_ID]: async (requestId, values, actor) => ({
      request: await closeRequest(deps, { requestId, note: values.note, actor }),
    }),
  };
}
