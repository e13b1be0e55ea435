// Bijlage 3: the customer's decision on notifying its supervisory authority (GBA or AP).
import type { Incident } from "../../domain/breach/incident.ts";
import { DECISIONS } from "../../domain/breach/record-authority-decision.ts";
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";
import { customerChoice } from "./customer-choice.ts";

export const AUTHORITY_FORM_ID = "breach.authority";

export function buildAuthorityForm(input: {
  incident: Incident;
  clockId: string;
  language: Language;
  now: Date;
  state: string;
}): Form {
  const tr = translator(input.language);
  const clock = input.incident.customers.find((c) => c.id === input.clockId)!;
  const authority = tr(`breach.authority.short.${clock.customer.authority}`);
  const decided = clock.authorityDecision === "pending" ? [] : [clock.authorityDecision];
  return {
    id: AUTHORITY_FORM_ID,
    title: tr("breach.authority.title"),
    submit: tr("common.save"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      customerChoice(input.incident, clock.id, tr("breach.informed.customer")),
      {
        kind: "choice",
        id: "decision",
        version: clock.id,
        style: "radio",
        label: tr("breach.authority.decision"),
        required: true,
        // The labels name the customer's own authority, so they change with the customer.
        options: DECISIONS.map((d) => ({
          value: d,
          label: tr(`breach.decision.${d}`, { authority }).replace(/^⚖️ /, ""),
        })),
        initial: decided,
      },
      {
        kind: "datetime",
        id: "at",
        version: clock.id,
        label: tr("breach.authority.at"),
        required: true,
        initial: clock.authorityDecisionAt ?? input.now,
      },
      {
        kind: "text",
        id: "note",
        version: clock.id,
        label: tr("breach.authority.note"),
        required: false,
        multiline: true,
        maxLength: 3000,
        initial: clock.authorityDecisionNote,
      },
    ],
  };
}
