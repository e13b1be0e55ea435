// The dialog behind each request button that opens one, built from the stored request: one
// definition for every platform (a Slack modal, a Teams card in place of the request's). `state`
// is the platform's encoding of what the dialog remembers.
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import { loadOpenRequest, loadRequest } from "../../domain/dsr/open-request.ts";
import type { DataSubjectRequest } from "../../domain/dsr/request.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";
import { buildCloseRequestForm, buildExtendForm, buildForwardForm, buildTimeForm } from "./action-forms.ts";

export type RequestDialog = "forwarded" | "time" | "extend" | "close";

export async function buildRequestDialog(
  deps: Pick<DsrDeps, "requests" | "clock" | "timezone" | "hourlyRateCents">,
  input: {
    dialog: RequestDialog;
    requestId: string;
    language: Language;
    /** The forward text holds the data subject's details: only for the registrant and privacy officers. */
    mayShowText: (request: DataSubjectRequest) => Promise<boolean>;
    state: (request: DataSubjectRequest) => string;
  },
): Promise<Form> {
  const { dialog, language } = input;
  // Time may still be booked on a closed request; everything else changes an open one.
  const request =
    dialog === "time"
      ? await loadRequest(deps.requests, input.requestId)
      : await loadOpenRequest(deps.requests, input.requestId);
  const state = input.state(request);
  switch (dialog) {
    case "forwarded":
      return buildForwardForm({
        request,
        language,
        timezone: deps.timezone,
        now: deps.clock.now(),
        showText: await input.mayShowText(request),
        state,
      });
    case "time":
      return buildTimeForm({ request, language, hourlyRateCents: deps.hourlyRateCents, state });
    case "extend":
      return buildExtendForm({ request, language, state });
    case "close":
      return buildCloseRequestForm({ request, language, state });
  }
}
