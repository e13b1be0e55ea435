// What a modal remembers between opening and submitting (Slack private_metadata, <= 3000 chars):
// the language it speaks, and where it came from.
import { z } from "zod";
import { LANGUAGES, type Language } from "../../domain/i18n/languages.ts";

const schema = z.object({
  /** Language of the dialog, so errors come back in it. */
  l: z.enum(LANGUAGES),
  /** Incident id. */
  i: z.string().optional(),
  /** Clock (affected customer) id. */
  k: z.string().optional(),
  /** Channel id and name where /datalek ran. */
  c: z.string().optional(),
  n: z.string().optional(),
});

export type ModalState = z.infer<typeof schema>;

export function encodeModalState(state: ModalState): string {
  return JSON.stringify(state);
}

export function decodeModalState(text: string | undefined, fallback: Language): ModalState {
  try {
    return schema.parse(JSON.parse(text ?? ""));
  } catch {
    return { l: fallback };
  }
}
