// What a Teams card or dialog submitted (strings keyed by input id) as neutral form values, read
// against the form's own definition: lists for multi-selects, one instant from a date and a time
// typed in the user's zone. What cannot be read becomes null, for the domain to name the error.
import { DateTime } from "luxon";
import type { FieldValue, Form, FormField, FormValues } from "../model.ts";
import { dateInputId, timeInputId } from "./render-form.ts";

export function readCardValues(form: Form, data: Record<string, unknown>, timezone: string): FormValues {
  const values: FormValues = {};
  for (const item of form.items) {
    if (item.kind === "info" || item.kind === "divider") continue;
    values[item.id] = readField(item, data, timezone);
  }
  return values;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function readField(field: FormField, data: Record<string, unknown>, timezone: string): FieldValue {
  switch (field.kind) {
    case "text":
    case "email":
      return str(data[field.id]);
    case "date":
      // Input.Date submits YYYY-MM-DD, the neutral form's own format; the domain checks it.
      return str(data[field.id]);
    case "datetime":
      return readDateTime(str(data[dateInputId(field.id)]), str(data[timeInputId(field.id)]), timezone);
    case "choice":
      return field.style === "checkboxes" ? list(data[field.id]) : str(data[field.id]);
    case "lookup":
      return field.multiple ? list(data[field.id]) : str(data[field.id]);
  }
}

function list(value: unknown): string[] {
  const text = str(value);
  return text === null
    ? []
    : text
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
}

function readDateTime(date: string | null, time: string | null, timezone: string): Date | null {
  if (date === null || time === null) return null;
  const parsed = DateTime.fromISO(`${date}T${time}`, { zone: timezone });
  return parsed.isValid ? parsed.toJSDate() : null;
}
