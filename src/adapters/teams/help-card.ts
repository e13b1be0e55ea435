// The answer to `help` (and to anything the bot did not understand): the command menu, in words.
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import { type AdaptiveCard, adaptiveCard } from "../../forms/teams/card.ts";
import { assertCardSize } from "../../forms/teams/limits.ts";
import { richTextBlock } from "../../forms/teams/rich-text.ts";

export function helpCard(language: Language, intro?: string): AdaptiveCard {
  const tr = translator(language);
  const lines = [
    tr("teams.help.datalek"),
    tr("teams.help.avgVerzoek"),
    tr("teams.help.subverwerker"),
    tr("teams.help.digest"),
    tr("teams.help.help"),
  ];
  const card = adaptiveCard([
    // The intro may quote what was typed: plain runs, never Markdown.
    ...(intro ? [richTextBlock([intro])] : []),
    { type: "TextBlock", text: tr("teams.help.title"), weight: "Bolder", size: "Medium", style: "heading" },
    // Catalog texts carry their own Markdown (command words in bold); they are not people's input.
    { type: "TextBlock", text: lines.map((l) => `- ${l}`).join("\n"), wrap: true },
  ]);
  assertCardSize("help card", card);
  return card;
}
