// What a Teams form remembers between being shown and being submitted (carried in its submit
// action's data): its language, zone, the incident and clock it is about, and a key drawn when it
// was opened, so a retried submit of the same form is recognised (idempotency).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { LANGUAGES, type Language } from "../../domain/i18n/languages.ts";

const schema = z.object({
  l: z.enum(LANGUAGES),
  /** Time zone the date and time inputs were shown in. */
  z: z.string(),
  /** Key of this form instance. */
  s: z.string(),
  i: z.string().optional(),
  k: z.string().optional(),
});

export type DialogState = z.infer<typeof schema>;

export function newDialogState(
  language: Language,
  zone: string,
  extra: Partial<DialogState> = {},
): DialogState {
  return { l: language, z: zone, s: randomUUID(), ...extra };
}

export function encodeDialogState(state: DialogState): string {
  return JSON.stringify(state);
}

export function decodeDialogState(text: unknown): DialogState | null {
  try {
    return schema.parse(JSON.parse(String(text)));
  } catch {
    return null;
  }
}
