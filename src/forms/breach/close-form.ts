// Closing an incident: what is still open is shown, and a reason is required while a customer has
// not been informed.
import type { Incident } from "../../domain/breach/incident.ts";
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form, FormItem } from "../model.ts";

export const CLOSE_FORM_ID = "breach.close";

export function buildCloseForm(input: { incident: Incident; language: Language; state: string }): Form {
  const tr = translator(input.language);
  const names = (list: Incident["customers"]) => list.map((c) => c.customer.name).join(", ");
  const uninformed = input.incident.customers.filter((c) => c.notifiedAt === null);
  const pending = input.incident.customers.filter((c) => c.authorityDecision === "pending");
  const items: FormItem[] = [];
  if (uninformed.length > 0)
    items.push({ kind: "info", text: [tr("breach.close.uninformed", { customers: names(uninformed) })] });
  if (pending.length > 0)
    items.push({ kind: "info", text: [tr("breach.close.pending", { customers: names(pending) })] });
  items.push({
    kind: "text",
    id: "note",
    label: tr("breach.close.note"),
    required: uninformed.length > 0,
    multiline: true,
    maxLength: 3000,
  });
  return {
    id: CLOSE_FORM_ID,
    title: tr("breach.close.title"),
    submit: tr("breach.close.submit"),
    close: tr("common.cancel"),
    items,
    state: input.state,
  };
}
