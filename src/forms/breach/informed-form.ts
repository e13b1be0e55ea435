// "Customer informed": how (phone / e-mail), when and to whom the customer's contact was told.
import type { Incident } from "../../domain/breach/incident.ts";
import { formatDateTime } from "../../domain/i18n/format.ts";
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form, FormItem } from "../model.ts";
import { customerChoice } from "./customer-choice.ts";

export const INFORMED_FORM_ID = "breach.informed";

export function buildInformedForm(input: {
  incident: Incident;
  clockId: string;
  language: Language;
  timezone: string;
  now: Date;
  state: string;
}): Form {
  const tr = translator(input.language);
  const clock = input.incident.customers.find((c) => c.id === input.clockId)!;
  const contacts = clock.customer.breachContacts.map((c) =>
    c.phone ? `${c.name} (${c.phone})` : `${c.name} (${c.email})`,
  );
  const items: FormItem[] = [customerChoice(input.incident, clock.id, tr("breach.informed.customer"))];
  if (clock.notifiedAt) {
    items.push({
      kind: "info",
      text: [
        tr("breach.informed.already", {
          via: tr(`breach.via.${clock.notifiedVia ?? "phone"}`),
          at: formatDateTime(clock.notifiedAt, input.timezone, input.language),
        }),
      ],
    });
  }
  items.push(
    {
      kind: "choice",
      id: "via",
      version: clock.id,
      style: "radio",
      label: tr("breach.informed.via"),
      required: true,
      options: (["phone", "email"] as const).map((v) => ({ value: v, label: tr(`breach.via.${v}`) })),
      initial: clock.notifiedVia ? [clock.notifiedVia] : [],
    },
    {
      kind: "datetime",
      id: "at",
      version: clock.id,
      label: tr("breach.informed.at"),
      required: true,
      initial: clock.notifiedAt ?? input.now,
    },
    {
      kind: "text",
      id: "to",
      version: clock.id,
      label: tr("breach.informed.to"),
      hint: tr("breach.informed.toHint"),
      required: true,
      maxLength: 500,
      initial: clock.notifiedTo ?? contacts.join(", "),
    },
  );
  return {
    id: INFORMED_FORM_ID,
    title: tr("breach.informed.title"),
    submit: tr("common.save"),
    close: tr("common.cancel"),
    items,
    state: input.state,
  };
}
