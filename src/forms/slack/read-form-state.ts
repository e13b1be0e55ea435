// A submitted Slack modal (view.state.values) as neutral form values keyed by field id (block_id).
import type { FieldValue, FormValues } from "../model.ts";

interface StateValue {
  type: string;
  value?: string | null;
  selected_date_time?: number | null;
  selected_date?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: Array<{ value?: string }>;
}

export type ViewStateValues = Record<string, Record<string, StateValue>>;

export function readFormState(values: ViewStateValues): FormValues {
  const result: FormValues = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const first = Object.values(actions)[0];
    if (first) result[fieldIdOf(blockId)] = readValue(first);
  }
  return result;
}

function readValue(state: StateValue): FieldValue {
  switch (state.type) {
    case "datetimepicker":
      return typeof state.selected_date_time === "number" ? new Date(state.selected_date_time * 1000) : null;
    case "datepicker":
      return state.selected_date ?? null;
    case "checkboxes":
    case "multi_static_select":
    case "multi_external_select":
      return (state.selected_options ?? []).map((o) => o.value ?? "").filter((v) => v !== "");
    case "radio_buttons":
    case "static_select":
    case "external_select":
      return state.selected_option?.value ?? null;
    default:
      return state.value ?? null;
  }
}

/** A block_id is the field id, optionally with "~version" (see FormField.version). */
export function blockIdOf(field: { id: string; version?: string }): string {
  return field.version ? `${field.id}~${field.version}` : field.id;
}

export function fieldIdOf(blockId: string): string {
  return blockId.split("~")[0]!;
}
