// `help` / `hulp`: the command menu in words. The request and sub-processor commands answer
// honestly that their flow is not in Teams yet, until their registration modules land here.
import { t } from "../../../domain/i18n/translate.ts";
import { adaptiveCard } from "../../../forms/teams/card.ts";
import type { FlowRegistry, TeamsFlowContext } from "../flows.ts";
import { helpCard } from "../help-card.ts";

export function registerHelp(registry: FlowRegistry, ctx: TeamsFlowContext): void {
  registry.command(["help", "hulp", "?"], async (turn) => {
    const language = await ctx.language(turn);
    await ctx.reply(turn, helpCard(language), t(language, "teams.help.title"));
  });
}

/** A menu command whose flow is not available in Teams yet: said plainly, nothing pretended. */
export function registerNotYet(registry: FlowRegistry, ctx: TeamsFlowContext, words: string[]): void {
  registry.command(words, async (turn) => {
    const language = await ctx.language(turn);
    const text = t(language, "teams.notYet", { command: words[0]! });
    await ctx.reply(turn, adaptiveCard([{ type: "TextBlock", text, wrap: true }]), text);
  });
}
