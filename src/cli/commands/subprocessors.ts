// `dpa-bot subprocessors list|proposals|export|consent`: the sub-processor register per customer
// (art. 9 DPA), the proposals with their tally, and a consent that arrived in writing, recorded by
// a privacy officer with a reference to the document.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  findApprovalId,
  proposalSummaries,
  registerRows,
} from "../../adapters/db/repositories/subprocessor-register-queries.ts";
import { createSubprocessorDeps } from "../../adapters/deps/subprocessor-deps.ts";
import { offlineChat } from "../../adapters/offline-chat.ts";
import type { Language } from "../../domain/i18n/languages.ts";
import { t, translator } from "../../domain/i18n/translate.ts";
import { decideApproval } from "../../domain/subprocessor/decide-approval.ts";
import { tallyText } from "../../domain/subprocessor/proposal-message.ts";
import { registerRowsAsCsv } from "../../domain/subprocessor/register-rows.ts";
import { SubprocessorRefusal } from "../../domain/subprocessor/subprocessor-error.ts";
import { createLogger } from "../../logger.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  language: Language = "en",
): void {
  const tr = translator(language);
  const command = program.command("subprocessors").description(tr("cli.help.subprocessors"));

  command
    .command("list")
    .description(tr("cli.help.subprocessors.list"))
    .requiredOption("--customer <key>", tr("cli.help.option.customer"))
    .option("--json", tr("cli.help.option.jsonTable"))
    .action(async (options: { customer: string; json?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const known = await ctx.prisma.customer.count({ where: { key: options.customer } });
        if (known === 0) throw new CliError(tr("cli.subprocessors.noCustomer", { key: options.customer }));
        const rows = await registerRows(ctx.prisma, options.customer);
        if (options.json) {
          out.log(JSON.stringify(rows, null, 2));
          return;
        }
        for (const r of rows) {
          out.log(
            `${r.name.padEnd(30)} ${r.country} ${r.inEea ? "EEA    " : "non-EEA"} ${r.status.padEnd(9)} ${r.via ?? ""} ${r.decidedBy ?? ""} ${r.decidedAt ?? ""}`.trimEnd(),
          );
        }
      });
    });

  command
    .command("proposals")
    .description(tr("cli.help.subprocessors.proposals"))
    .option("--json", tr("cli.help.option.jsonTable"))
    .action(async (options: { json?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const proposals = await proposalSummaries(ctx.prisma);
        if (options.json) {
          out.log(JSON.stringify(proposals, null, 2));
          return;
        }
        for (const p of proposals) {
          const status = tr(`cli.subprocessors.status.${p.status}`);
          out.log(`${p.reference} ${p.name.padEnd(30)} ${status.padEnd(9)} ${tallyText(p.tally, language)}`);
        }
      });
    });

  command
    .command("export")
    .description(tr("cli.help.subprocessors.export"))
    .option("--format <format>", tr("cli.help.option.format"), "csv")
    .option("--output <file>", tr("cli.help.option.output"))
    .action(async (options: { format: string; output?: string }) => {
      if (options.format !== "csv" && options.format !== "json") {
        throw new CliError(tr("cli.formatChoice", { format: options.format }));
      }
      const text = await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const rows = await registerRows(ctx.prisma);
        return options.format === "csv" ? registerRowsAsCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
      });
      if (options.output) {
        await writeFile(options.output, text, "utf8");
        out.log(tr("cli.written", { what: tr("cli.what.subprocessors"), file: options.output }));
      } else out.log(text.trimEnd());
    });

  command
    .command("consent")
    .description(tr("cli.help.subprocessors.consent"))
    .requiredOption("--proposal <reference>", tr("cli.help.subprocessors.consent.proposal"))
    .requiredOption("--customer <key>", tr("cli.help.option.customer"))
    .requiredOption("--document <reference>", tr("cli.help.subprocessors.consent.document"))
    .option("--reject <reason>", tr("cli.help.subprocessors.consent.reject"))
    .option("--outside-eea-confirmed", tr("cli.help.subprocessors.consent.outsideEea"))
    .action(
      async (options: {
        proposal: string;
        customer: string;
        document: string;
        reject?: string;
        outsideEeaConfirmed?: boolean;
      }) => {
        await withContext(openContext, async (ctx) => {
          await ctx.authorize("consent.record");
          const approvalId = await findApprovalId(ctx.prisma, options.proposal, options.customer);
          if (!approvalId)
            throw new CliError(
              tr("cli.subprocessors.notAsked", { customer: options.customer, proposal: options.proposal }),
            );
          const deps = createSubprocessorDeps({
            prisma: ctx.prisma,
            chat: offlineChat,
            clock: ctx.clock,
            timezone: ctx.config.timezone,
            defaultLanguage: language,
            emailEnabled: false,
            logger: createLogger("silent"),
          });
          try {
            const result = await decideApproval(deps, {
              approvalId,
              state: options.reject ? "rejected" : "approved",
              actor: ctx.actor,
              via: "written_consent",
              reason: options.reject ?? null,
              nonEeaConfirmed: options.outsideEeaConfirmed === true,
              evidence: { documentReference: options.document },
            });
            if (result.outcome === "not-allowed") {
              throw new CliError(tr("cli.subprocessors.notPrivacyOfficer", { name: ctx.actor.displayName }));
            }
            if (result.outcome === "already") {
              const d = result.decision;
              const state = tr(`cli.subprocessors.state.${result.approval.state}`);
              throw new CliError(
                d
                  ? tr("cli.subprocessors.alreadyBy", {
                      state,
                      by: d.byName,
                      at: d.at.toISOString(),
                      via: d.via ? tr(`subprocessor.via.${d.via}`) : tr("cli.subprocessors.state.withdrawn"),
                    })
                  : tr("cli.subprocessors.already", { state }),
              );
            }
            out.log(
              tr("cli.subprocessors.recorded", {
                proposal: options.proposal,
                customer: options.customer,
                state: tr(`cli.subprocessors.state.${result.approval.state}`),
                document: options.document,
              }),
            );
          } catch (error) {
            if (error instanceof SubprocessorRefusal)
              throw new CliError(t(language, error.key, error.params));
            throw error;
          }
        });
      },
    );
}
