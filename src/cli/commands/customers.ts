// `dpa-bot customers import FILE` and `dpa-bot customers list`: the operator's customer register.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { importCustomers, listCustomers } from "../../adapters/db/repositories/customers.ts";
import { registerWarnings, validateCustomerRegister } from "../../domain/customer/customer-register-file.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

export function register(program: Command, openContext: () => Promise<CliContext>, out: Output): void {
  const customers = program
    .command("customers")
    .description("the customer register (controllers and their DPA data)");

  customers
    .command("import")
    .description(
      "create or update customers from a YAML or JSON file, matched by key; a file with any error imports nothing",
    )
    .argument("<file>", "path to the register file (.yaml, .yml or .json)")
    .option("--dry-run", "validate only, write nothing")
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const data = await readRegisterFile(file);
      const result = validateCustomerRegister(data);
      if (!result.ok) {
        throw new CliError(
          `${file}: ${result.errors.length} error(s), nothing imported:\n${result.errors.map((e) => `  ${e}`).join("\n")}`,
        );
      }
      for (const warning of registerWarnings(result.value)) out.error(`warning: ${warning}`);
      if (options.dryRun) {
        out.log(`${file}: valid, ${result.value.customers.length} customer(s); nothing written (--dry-run)`);
        return;
      }
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("customers.manage");
        const summary = await importCustomers(ctx.prisma, result.value, ctx.actor);
        out.log(
          `${file}: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged`,
        );
      });
    });

  customers
    .command("list")
    .description("list every customer with contacts and approved sub-processors")
    .option("--json", "print JSON instead of a table")
    .action(async (options: { json?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const rows = await listCustomers(ctx.prisma);
        if (options.json) {
          out.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) {
          out.log("No customers. Import a register with: npx dpa-bot customers import customers.yaml");
          return;
        }
        for (const c of rows) {
          out.log(
            `${c.key.padEnd(20)} ${c.name.padEnd(30)} ${c.language} ${c.authority}  ${c.contacts.length} contact(s), ${c.subprocessors.length} sub-processor(s)`,
          );
        }
      });
    });
}

async function readRegisterFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return file.toLowerCase().endsWith(".json") ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new CliError(
      `${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
    );
  }
}
