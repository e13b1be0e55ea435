// `help` / `hulp` / `aide`: the command menu in words.
import { t } from "../../../domain/i18n/translate.ts";
import type { FlowRegistry, TeamsFlowContext } from "../flows.ts";
import { helpCard } from "../help-card.ts";

export function registerHelp(registry: FlowRegistry, ctx: TeamsFlowContext): void {
  registry.command(["help", "hulp", "aide", "?"], async (turn) => {
    const language = await ctx.language(turn);
    await ctx.reply(turn, helpCard(language), t(language, "teams.help.title"));
  });
}
