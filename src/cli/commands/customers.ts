// `dpa-bot customers import FILE` and `dpa-bot customers list`: the operator's customer register.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { importCustomers, listCustomers } from "../../adapters/db/repositories/customers.ts";
import { registerWarnings, validateCustomerRegister } from "../../domain/customer/customer-register-file.ts";
import type { Language } from "../../domain/i18n/languages.ts";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  language: Language = "en",
): void {
  const tr = translator(language);
  const customers = program.command("customers").description(tr("cli.help.customers"));

  customers
    .command("import")
    .description(tr("cli.help.customers.import"))
    .argument("<file>", tr("cli.help.customers.import.file"))
    .option("--dry-run", tr("cli.help.customers.import.dryRun"))
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const data = await readRegisterFile(file, tr);
      const result = validateCustomerRegister(data, language);
      if (!result.ok) {
        const head = tr("cli.customers.invalid", { file, count: result.errors.length });
        throw new CliError(`${head}\n${result.errors.map((e) => `  ${e}`).join("\n")}`);
      }
      for (const warning of registerWarnings(result.value, language))
        out.error(tr("cli.warning", { text: warning }));
      if (options.dryRun) {
        out.log(tr("cli.customers.valid", { file, count: result.value.customers.length }));
        return;
      }
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("customers.manage");
        const summary = await importCustomers(ctx.prisma, result.value, ctx.actor);
        out.log(
          tr("cli.customers.imported", {
            file,
            created: summary.created.length,
            updated: summary.updated.length,
            unchanged: summary.unchanged.length,
          }),
        );
      });
    });

  customers
    .command("list")
    .description(tr("cli.help.customers.list"))
    .option("--json", tr("cli.help.option.jsonTable"))
    .action(async (options: { json?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const rows = await listCustomers(ctx.prisma);
        if (options.json) {
          out.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) {
          out.log(tr("cli.customers.none"));
          return;
        }
        for (const c of rows) {
          out.log(
            `${c.key.padEnd(20)} ${c.name.padEnd(30)} ${c.language} ${c.authority}  ${tr("cli.customers.contacts", { count: c.contacts.length })}, ${tr("cli.customers.subprocessors", { count: c.subprocessors.length })}`,
          );
        }
      });
    });
}

async function readRegisterFile(file: string, tr: Translator): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(tr("cli.file.unreadable", { file, reason }));
  }
  try {
    return file.toLowerCase().endsWith(".json") ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const format = file.toLowerCase().endsWith(".json") ? "JSON" : "YAML";
    throw new CliError(tr("cli.file.invalid", { file, format, reason: (error as Error).message }));
  }
}
