// `dpa-bot incidents list`: the breach incidents with their clocks, for people or (--json) scripts.
import type { Command } from "commander";
import { listIncidents } from "../../adapters/db/repositories/incident-queries.ts";
import { toRegisterEntry } from "../../domain/breach/register-entry.ts";
import { formatDateTime, formatMoneyCents } from "../../domain/i18n/format.ts";
import { type CliContext, withContext } from "../context.ts";
import type { Output } from "../output.ts";

export function register(program: Command, openContext: () => Promise<CliContext>, out: Output): void {
  const incidents = program
    .command("incidents")
    .description("breach incidents (art. 6-7 DPA) and their clocks");

  incidents
    .command("list")
    .description(
      "list every incident, open or closed, with per customer the 24 h notification deadline, when and how it was informed, the art. 6.5 penalty and the 72 h authority decision",
    )
    .option("--json", "print JSON (instants in ISO 8601, UTC; money in integer cents)")
    .option("--open", "only incidents that are still open")
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
          out.log("No incidents. Breaches are reported with /datalek in Slack.");
          return;
        }
        const zone = ctx.config.timezone;
        const at = (iso: string | null) => (iso ? formatDateTime(new Date(iso), zone, "en") : "-");
        for (const e of entries) {
          out.log(
            `${e.reference}  ${e.status.padEnd(6)}  discovered ${at(e.discoveredAt)}  ${e.description.slice(0, 60)}`,
          );
          for (const c of e.customers) {
            const informed = c.notifiedAt
              ? `informed ${at(c.notifiedAt)} by ${c.notifiedVia}`
              : "NOT informed";
            const penalty = c.penaltyCents > 0 ? `  penalty ${formatMoneyCents(c.penaltyCents, "en")}` : "";
            out.log(
              `    ${c.key.padEnd(20)} inform by ${at(c.notifyDeadline)}  ${informed}${penalty}  ${c.authority}: ${c.authorityDecision} (by ${at(c.authorityDeadline)})`,
            );
          }
        }
      });
    });
}
