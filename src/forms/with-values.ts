// A form shown again with what was submitted, e.g. beside its field errors on platforms that cannot
// keep the typed values themselves (a Teams dialog is re-sent as a new card): nothing typed is lost.
import type { Form, FormItem, FormValues, Option } from "./model.ts";

/** `labels` names the chosen options of lookup fields (their options come from the server). */
export function formWithValues(form: Form, values: FormValues, labels: Record<string, string> = {}): Form {
  return { ...form, items: form.items.map((item) => itemWithValue(item, values, labels)) };
}

function itemWithValue(item: FormItem, values: FormValues, labels: Record<string, string>): FormItem {
  if (item.kind === "info" || item.kind === "divider" || !(item.id in values)) return item;
  const value = values[item.id] ?? null;
  const list = value === null ? [] : Array.isArray(value) ? value : [String(value)];
  switch (item.kind) {
    case "text":
    case "email":
    case "date":
      return { ...item, initial: typeof value === "string" ? value : null };
    case "datetime":
      return { ...item, initial: value instanceof Date ? value : null };
    case "choice":
      return { ...item, initial: list };
    case "lookup": {
      const known = new Map((item.initial ?? []).map((o) => [o.value, o] as const));
      const initial: Option[] = list.map((v) => known.get(v) ?? { value: v, label: labels[v] ?? v });
      return { ...item, initial };
    }
  }
}
