// What the sub-processor listeners share: the use cases' ports, who is who, the modal state and
// small helpers that turn domain answers into what Slack expects.
import { z } from "zod";
import { LANGUAGES, type Language } from "../../../domain/i18n/languages.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import type { Logger } from "../../../logger.ts";
import type { Message } from "../../../messages/model.ts";
import type { Sleep } from "../../../scheduler/channel-pacer.ts";
import type { SlackPeople } from "../people.ts";

export interface SlackSubprocessorContext {
  deps: SubprocessorDeps;
  people: SlackPeople;
  logger: Logger;
  /** Waits out a short Retry-After while a dialog loads (see openThenFill). */
  sleep?: Sleep | undefined;
}

const stateSchema = z.object({
  /** Language of the dialog. */
  l: z.enum(LANGUAGES),
  /** Channel id and name where /subverwerker ran, or where the request message is. */
  c: z.string().optional(),
  n: z.string().optional(),
  /** Approval (customer) id of a decision dialog. */
  a: z.string().optional(),
});
export type SubprocessorModalState = z.infer<typeof stateSchema>;

export function encodeState(state: SubprocessorModalState): string {
  return JSON.stringify(state);
}

export function decodeState(text: string | undefined, fallback: Language): SubprocessorModalState {
  try {
    return stateSchema.parse(JSON.parse(text ?? ""));
  } catch {
    return { l: fallback };
  }
}

/** A one-line private answer. */
export function notice(text: string): Message {
  return { summary: text, blocks: [{ type: "section", text: [text] }] };
}

export function noticeOf(
  language: Language,
  key: Parameters<typeof t>[1],
  params: Record<string, string | number> = {},
): Message {
  return notice(t(language, key, params));
}
