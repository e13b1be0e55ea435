// `dpa-bot register export`: the incident and data breach register the processor must keep
// (Bijlage 3), every incident notified or not, with every field and every clock.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { listIncidents } from "../../adapters/db/repositories/incident-queries.ts";
import { registerAsCsv } from "../../domain/breach/register-csv.ts";
import { toRegisterEntry } from "../../domain/breach/register-entry.ts";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  tr: Translator = translator("en"),
): void {
  const registerCommand = program.command("register").description(tr("cli.help.register"));

  registerCommand
    .command("export")
    .description(tr("cli.help.register.export"))
    .option("--format <format>", tr("cli.help.option.format"), "csv")
    .option("--output <file>", tr("cli.help.option.output"))
    .action(async (options: { format: string; output?: string }) => {
      if (options.format !== "csv" && options.format !== "json") {
        throw new CliError(tr("cli.formatChoice", { format: options.format }));
      }
      const text = await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const now = ctx.clock.now();
        const entries = (await listIncidents(ctx.prisma)).map((i) => toRegisterEntry(i, now));
        return options.format === "csv" ? registerAsCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`;
      });
      if (options.output) {
        await writeFile(options.output, text, "utf8");
        out.log(tr("cli.written", { what: tr("cli.what.register"), file: options.output }));
      } else {
        out.log(text.trimEnd());
      }
    });
}
