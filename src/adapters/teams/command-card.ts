// The answer to a menu command whose flow starts with a dialog: Teams opens dialogs only from a
// card button or a message-extension action, never from a typed message, so the command answers
// with a card whose button opens it (task/fetch). What was typed after the command travels along.
import type { Language } from "../../domain/ports.ts";
import { adaptiveCard } from "../../forms/teams/card.ts";
import { fitPlain } from "../../forms/teams/limits.ts";
import { richTextBlock } from "../../forms/teams/rich-text.ts";
import type { CommandHandler, TeamsFlowContext } from "./flows.ts";

export function dialogCommand(
  ctx: TeamsFlowContext,
  options: { dialog: string; text: (language: Language) => string; button: (language: Language) => string },
): CommandHandler {
  return async (turn, args) => {
    const language = await ctx.language(turn);
    const card = adaptiveCard(
      [richTextBlock([options.text(language)])],
      [
        {
          type: "Action.Submit",
          title: options.button(language),
          style: "positive",
          data: { msteams: { type: "task/fetch" }, dialog: options.dialog, text: fitPlain(args, 1000) },
        },
      ],
    );
    await ctx.reply(turn, card, options.button(language));
  };
}
