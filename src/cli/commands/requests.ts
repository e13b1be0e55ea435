// `dpa-bot requests list|export`: the register of data-subject requests (art. 8 DPA) with their
// clocks, forwards and costs. The data subjects' details only with --include-personal-data, and
// every such use is audited under the operator's name.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { auditPersonalDataUse, listRequests } from "../../adapters/db/repositories/request-queries.ts";
import type { RequestStatus } from "../../domain/dsr/request.ts";
import { requestsAsCsv, toRequestEntry } from "../../domain/dsr/request-entry.ts";
import { formatDateTime } from "../../domain/i18n/format.ts";
import type { Language } from "../../domain/i18n/languages.ts";
import { translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

interface ListOptions {
  json?: boolean;
  open?: boolean;
  includePersonalData?: boolean;
}

async function entries(
  ctx: CliContext,
  options: { open?: boolean; includePersonalData?: boolean },
  purpose: string,
) {
  const requests = await listRequests(ctx.prisma, { open: options.open });
  const personal = options.includePersonalData === true;
  if (personal && requests.length > 0) await auditPersonalDataUse(ctx.prisma, requests, ctx.actor, purpose);
  return requests.map((r) => toRequestEntry(r, personal));
}

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  language: Language = "en",
): void {
  const tr = translator(language);
  const requests = program.command("requests").description(tr("cli.help.requests"));

  requests
    .command("list")
    .description(tr("cli.help.requests.list"))
    .option("--json", tr("cli.help.option.jsonInstants"))
    .option("--open", tr("cli.help.requests.list.open"))
    .option("--include-personal-data", tr("cli.help.requests.personalData"))
    .action(async (options: ListOptions) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        // GDPR art. 5(1)(f): the data subjects' details only for a privacy officer, on purpose.
        if (options.includePersonalData) await ctx.authorize("request.details");
        const list = await entries(ctx, options, "requests list");
        if (options.json) return out.log(JSON.stringify(list, null, 2));
        if (list.length === 0) return out.log(tr("cli.requests.none"));
        const at = (iso: string | null) =>
          iso ? formatDateTime(new Date(iso), ctx.config.timezone, language) : "-";
        for (const e of list) {
          const forwarded = e.forwardedAt
            ? tr("cli.requests.forwarded", { at: at(e.forwardedAt), to: e.forwardedTo.join(", ") })
            : tr("cli.requests.forwardBy", { at: at(e.forwardDue) });
          const status = tr(`cli.requests.status.${e.status as RequestStatus}`);
          const deadline = tr("cli.requests.deadline", { at: at(e.extendedDeadline ?? e.legalDeadline) });
          out.log(
            `${e.reference}  ${status.padEnd(9)}  ${e.customerKey.padEnd(16)} ${e.type.padEnd(13)} ${forwarded}  ${deadline}  ${e.minutesSpent} min`,
          );
        }
      });
    });

  requests
    .command("export")
    .description(tr("cli.help.requests.export"))
    .option("--format <format>", tr("cli.help.option.format"), "csv")
    .option("--output <file>", tr("cli.help.option.output"))
    .option("--include-personal-data", tr("cli.help.requests.personalData"))
    .action(async (options: { format: string; output?: string; includePersonalData?: boolean }) => {
      if (options.format !== "csv" && options.format !== "json") {
        throw new CliError(tr("cli.formatChoice", { format: options.format }));
      }
      const text = await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        // GDPR art. 5(1)(f): the data subjects' details only for a privacy officer, on purpose.
        if (options.includePersonalData) await ctx.authorize("request.details");
        const list = await entries(ctx, options, `requests export ${options.format}`);
        return options.format === "csv"
          ? requestsAsCsv(list, options.includePersonalData === true)
          : `${JSON.stringify(list, null, 2)}\n`;
      });
      if (options.output) {
        await writeFile(options.output, text, "utf8");
        out.log(tr("cli.written", { what: tr("cli.what.requests"), file: options.output }));
      } else out.log(text.trimEnd());
    });
}
