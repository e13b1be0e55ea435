// `dpa-bot incidents list`: the breach incidents with their clocks, for people or (--json) scripts.
import type { Command } from "commander";
import { listIncidents } from "../../adapters/db/repositories/incident-queries.ts";
import { toRegisterEntry } from "../../domain/breach/register-entry.ts";
import { formatDateTime, formatMoneyCents } from "../../domain/i18n/format.ts";
import type { Language } from "../../domain/i18n/languages.ts";
import { translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import type { Output } from "../output.ts";

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  language: Language = "en",
): void {
  const tr = translator(language);
  const incidents = program.command("incidents").description(tr("cli.help.incidents"));

  incidents
    .command("list")
    .description(tr("cli.help.incidents.list"))
    .option("--json", tr("cli.help.option.jsonInstants"))
    .option("--open", tr("cli.help.incidents.list.open"))
    .action(async (options: { json?: boolean; open?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const now = ctx.clock.now();
        const all = await listIncidents(ctx.prisma);
        const entries = all
          .filter((i) => !options.open || i.status === "open")
          .map((i) => toRegisterEntry(i, now));
        if (options.json) {
          out.log(JSON.stringify(entries, null, 2));
          return;
        }
        if (entries.length === 0) {
          out.log(tr("cli.incidents.none"));
          return;
        }
        const zone = ctx.config.timezone;
        const at = (iso: string | null) => (iso ? formatDateTime(new Date(iso), zone, language) : "-");
        for (const e of entries) {
          const status = tr(`cli.incidents.status.${e.status}`);
          const discovered = tr("cli.incidents.discovered", { at: at(e.discoveredAt) });
          out.log(`${e.reference}  ${status.padEnd(6)}  ${discovered}  ${e.description.slice(0, 60)}`);
          for (const c of e.customers) {
            const informed = c.notifiedAt
              ? tr("cli.incidents.informed", {
                  at: at(c.notifiedAt),
                  via: tr(`breach.via.${c.notifiedVia ?? "phone"}`),
                })
              : tr("cli.incidents.notInformed");
            const penalty =
              c.penaltyCents > 0
                ? `  ${tr("cli.incidents.penalty", { penalty: formatMoneyCents(c.penaltyCents, language) })}`
                : "";
            const decision = tr("cli.incidents.decision", {
              authority: tr(`breach.authority.short.${c.authority}`),
              decision: tr(`cli.incidents.decision.${c.authorityDecision}`),
              at: at(c.authorityDeadline),
            });
            const informBy = tr("cli.incidents.informBy", { at: at(c.notifyDeadline) });
            out.log(`    ${c.key.padEnd(20)} ${informBy}  ${informed}${penalty}  ${decision}`);
          }
        }
      });
    });
}
