// How a flow plugs into Teams: one registration module per flow (src/adapters/teams/<flow>/)
// declares its menu commands, the dialogs it opens, the forms it accepts, its card buttons and
// its typeahead datasets. The dispatcher (dispatch.ts) routes every activity to them.
import type { Config } from "../../config.ts";
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import type { ChatPort, Clock, Language } from "../../domain/ports.ts";
import type { Form, FormErrors, FormValues, Option } from "../../forms/model.ts";
import type { AdaptiveCard } from "../../forms/teams/card.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import type { DialogState } from "./dialog-state.ts";
import type { TeamsTurn } from "./turn.ts";

export interface TeamsFlowContext {
  config: Config;
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  chat: ChatPort;
  breach: BreachDeps;
  /** The language to answer this person in: their choice, their tenant's, their Teams locale, the default. */
  language(turn: TeamsTurn): Promise<Language>;
  /** Replies in the conversation of the turn (in a channel, in the thread of the message). */
  reply(turn: TeamsTurn, card: AdaptiveCard, summary: string): Promise<void>;
  /** Replaces the card of a message the bot sent in the conversation of the turn. */
  updateCard(turn: TeamsTurn, activityId: string, card: AdaptiveCard): Promise<void>;
}

export type CommandHandler = (turn: TeamsTurn, args: string) => Promise<void>;

/** A dialog opened by a card button (task/fetch) or a message-extension action (fetchTask). */
export type DialogOpener = (
  turn: TeamsTurn,
  input: { data: Record<string, unknown>; prefill?: string },
) => Promise<DialogView>;

export interface DialogView {
  form: Form;
  lookupChoices?: Record<string, Option[]>;
}

export type SubmitResult =
  | { kind: "errors"; errors: FormErrors; labels?: Record<string, string> }
  /**
   * Done: in a dialog, close it showing `message`, or show the read-only `dialog` instead; in a
   * card, show `card` in its place.
   */
  | { kind: "done"; message?: string; card?: AdaptiveCard; dialog?: Form };

export interface FormHandler {
  /** The form again, from its state: to read the submitted values and to show it with errors. */
  rebuild(turn: TeamsTurn, state: DialogState): Promise<DialogView>;
  submit(
    turn: TeamsTurn,
    request: { values: FormValues; state: DialogState; surface: "dialog" | "card" },
  ): Promise<SubmitResult>;
  /** A form shown in place of a card: what comes back on Cancel. */
  cancel?(turn: TeamsTurn, state: DialogState): Promise<AdaptiveCard>;
}

/** An Action.Execute button: answers with the card to show in place of the one clicked. */
export type VerbHandler = (turn: TeamsTurn, data: Record<string, unknown>) => Promise<AdaptiveCard | string>;

export type DatasetSearch = (turn: TeamsTurn, query: string, limit: number) => Promise<Option[]>;

export class FlowRegistry {
  readonly commands = new Map<string, CommandHandler>();
  readonly dialogs = new Map<string, DialogOpener>();
  readonly extensionCommands = new Map<string, DialogOpener>();
  readonly forms = new Map<string, FormHandler>();
  readonly verbs = new Map<string, VerbHandler>();
  readonly datasets = new Map<string, DatasetSearch>();

  /** Every word (in each language) answers with the same handler. */
  command(words: string[], handler: CommandHandler): void {
    for (const word of words) this.once(this.commands, word.toLowerCase(), handler, "command");
  }
  dialog(key: string, opener: DialogOpener): void {
    this.once(this.dialogs, key, opener, "dialog");
  }
  extensionCommand(commandId: string, opener: DialogOpener): void {
    this.once(this.extensionCommands, commandId, opener, "message-extension command");
  }
  form(formId: string, handler: FormHandler): void {
    this.once(this.forms, formId, handler, "form");
  }
  verb(verb: string, handler: VerbHandler): void {
    this.once(this.verbs, verb, handler, "verb");
  }
  dataset(name: string, search: DatasetSearch): void {
    this.once(this.datasets, name, search, "dataset");
  }

  private once<T>(map: Map<string, T>, key: string, value: T, what: string): void {
    if (map.has(key)) throw new Error(`Teams ${what} "${key}" is registered twice`);
    map.set(key, value);
  }
}

export type TeamsFlow = (registry: FlowRegistry, ctx: TeamsFlowContext) => void;
