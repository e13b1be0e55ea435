// The dialog behind each request button that opens one, built from the stored request: one
// definition for every platform (a Slack modal, a Teams card in place of the request's). `state`
// is the platform's encoding of what the dialog remembers.

import { may } from "../../domain/access/access-control.ts";
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import { loadOpenRequestFor, loadRequestFor, requestObject } from "../../domain/dsr/open-request.ts";
import type { DataSubjectRequest } from "../../domain/dsr/request.ts";
import type { Actor, Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";
import { buildCloseRequestForm, buildExtendForm, buildForwardForm, buildTimeForm } from "./action-forms.ts";

export type RequestDialog = "forwarded" | "time" | "extend" | "close";

export async function buildRequestDialog(
  deps: Pick<DsrDeps, "requests" | "clock" | "timezone" | "hourlyRateCents" | "access">,
  input: {
    dialog: RequestDialog;
    requestId: string;
    actor: Actor;
    language: Language;
    /** Teams shows a dialog in place of a card others may see: the forward text stays out of it. */
    seenByOthers?: boolean;
    state: (request: DataSubjectRequest) => string;
  },
): Promise<Form> {
  const { dialog, language } = input;
  // Time may still be booked on a closed request; everything else changes an open one.
  // Every one of them is handling the request: asked before the dialog opens.
  const request =
    dialog === "time"
      ? await loadRequestFor(deps, input.requestId, input.actor, "request.handle")
      : await loadOpenRequestFor(deps, input.requestId, input.actor, "request.handle");
  const state = input.state(request);
  switch (dialog) {
    case "forwarded":
      return buildForwardForm({
        request,
        language,
        timezone: deps.timezone,
        now: deps.clock.now(),
        // The forward text holds the data subject's details: the registrant and privacy officers only.
        showText:
          !input.seenByOthers &&
          (await may(deps.access, input.actor, "request.details", requestObject(request))),
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
