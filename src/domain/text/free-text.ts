// Text that people type or paste into a form, checked the same way in every flow: trimmed, kept
// otherwise exactly as typed (renderers escape it), and refused with a field error when it holds
// control characters. Those carry no meaning in a register, hide or reorder what is shown ("\u202e"
// turns text around), break e-mails, CSV exports and chat rendering, and PostgreSQL cannot store
// NUL at all: without this check a NUL became a database error instead of a field error.
//
// A multi-line field keeps tab and line breaks; a one-line field (a name, an address, a subject)
// refuses them too, so that its value stays one line wherever it is shown.
import { z } from "zod";
import type { MessageKey } from "../i18n/translate.ts";

/** `lines`: a multi-line field (description, reason, note); `line`: a one-line field. */
export type TextShape = "line" | "lines";

// C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the bidi
// embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** The field error for `value` in a field of `shape`, or null when it may be kept. */
export function freeTextError(value: string | null, shape: TextShape): MessageKey | null {
  if (value === null) return null;
  if (CONTROL.test(value)) return "common.error.controlCharacters";
  if (shape === "line" && LINE_BREAK_OR_TAB.test(value)) return "common.error.lineBreaks";
  return null;
}

/** Typed text as it is kept: trimmed; null when nothing is left. */
export function trimmedText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** A form's free-text field in a zod schema: a string or nothing, trimmed, empty as null. */
export const freeTextField = z.string().nullish().transform(trimmedText);
