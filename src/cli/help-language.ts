// Commander writes its own words into every help page (the headings, the help option and command,
// "default:"): said here in the operator's language, on every command of the tree, so a French
// operator's `dpa-bot staff grant --help` is French from its first line to its last.
import { type Command, Help, type Option } from "commander";
import type { Translator } from "../domain/i18n/translate.ts";

export function speakHelpIn(program: Command, tr: Translator): void {
  const titles: Record<string, string> = {
    "Usage:": tr("cli.help.title.usage"),
    "Arguments:": tr("cli.help.title.arguments"),
    "Options:": tr("cli.help.title.options"),
    "Commands:": tr("cli.help.title.commands"),
  };
  const defaultPrefix = tr("cli.help.default");
  const translateDefault = (text: string) => text.replace("(default: ", `(${defaultPrefix}`);
  const visit = (command: Command) => {
    command.helpOption("-h, --help", tr("cli.help.help"));
    if (command.commands.length > 0) command.helpCommand("help [command]", tr("cli.help.helpCommand"));
    command.configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      optionDescription: (option: Option) =>
        translateDefault(Help.prototype.optionDescription.call(new Help(), option)),
    });
    for (const sub of command.commands) visit(sub);
  };
  visit(program);
}
