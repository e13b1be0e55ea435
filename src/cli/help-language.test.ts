import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../domain/i18n/languages.ts";
import { buildProgram } from "./program.ts";

const silent = { log: () => {}, error: () => {} };
const noContext = async () => {
  throw new Error("help needs no database");
};

interface HelpText {
  path: string;
  text: string;
}

/** Every description of the tree: commands, their arguments and their options. */
function helpTexts(language: Language): HelpText[] {
  const texts: HelpText[] = [];
  const visit = (command: Command, path: string) => {
    texts.push({ path, text: command.description() });
    for (const argument of command.registeredArguments) {
      texts.push({ path: `${path} <${argument.name()}>`, text: argument.description });
    }
    for (const option of command.options)
      texts.push({ path: `${path} ${option.long}`, text: option.description });
    for (const sub of command.commands) visit(sub, `${path} ${sub.name()}`);
  };
  visit(buildProgram(noContext, silent, language), "dpa-bot");
  return texts;
}

/** The whole help page of a command, as the operator reads it. */
function helpPage(language: Language, ...path: string[]): string {
  let command: Command = buildProgram(noContext, silent, language);
  for (const name of path) command = command.commands.find((sub) => sub.name() === name) as Command;
  return command.helpInformation();
}

describe("the CLI's help in the operator's language", () => {
  it("describes every command, argument and option in each language, none left in English", () => {
    const english = new Map(helpTexts("en").map(({ path, text }) => [path, text]));
    // Lists of values the CLI accepts are the same words in every language.
    const sameEverywhere = new Set(["dpa-bot staff grant <role>", "dpa-bot staff revoke <role>"]);
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      const texts = helpTexts(language);
      expect(texts.map(({ path }) => path)).toEqual([...english.keys()]);
      for (const { path, text } of texts) {
        expect(text, `${language}: ${path}`).not.toBe("");
        if (!sameEverywhere.has(path) && !path.endsWith("<language>") && !path.endsWith("--help")) {
          expect(text, `${language}: ${path}`).not.toBe(english.get(path));
        }
      }
    }
  });

  it("writes commander's own words in French and Dutch too", () => {
    const french = helpPage("fr", "audit", "list");
    expect(french).toContain("Utilisation\u00a0: dpa-bot audit list [options]");
    expect(french).toContain("Options\u00a0:");
    expect(french).toContain('au plus ce nombre d\'entrées (par défaut\u00a0: "50")');
    expect(french).toContain("afficher l'aide de la commande");
    expect(french).not.toMatch(/Usage:|display help|default:/);
    const dutch = helpPage("nl", "staff");
    expect(dutch).toContain("Opdrachten:");
    expect(dutch).toContain("een persoon een rol geven");
    expect(dutch).toContain("hulp bij een opdracht tonen");
    expect(helpPage("en", "audit", "list")).toContain('at most this many entries (default: "50")');
  });
});
