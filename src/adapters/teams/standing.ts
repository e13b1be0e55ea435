// Where a Teams user stands towards our organisation (the permission model): another tenant's people
// are outsiders; a guest (B2B) account of our tenant shows as `userRole: "guest"` in the
// conversation's roster, with a `#EXT#` user principal name. The roster answer is cached for a
// while: it is needed on every click, and the connector rate-limits.
import type { Standing } from "../../domain/access/roles.ts";
import type { Clock } from "../../domain/ports.ts";
import type { Logger } from "../../logger.ts";
import type { TeamsTurn } from "./turn.ts";

export interface RosterMember {
  userRole?: string;
  userPrincipalName?: string;
}

/** Looks a person up in the roster of the conversation they acted in. */
export type RosterLookup = (turn: TeamsTurn) => Promise<RosterMember>;

const ROSTER_TTL_MS = 10 * 60_000;

export function standingOfMember(member: RosterMember): Standing {
  const guest = member.userRole?.toLowerCase() === "guest" || /#EXT#/i.test(member.userPrincipalName ?? "");
  return guest ? "guest" : "member";
}

export class TeamsStanding {
  private readonly known = new Map<string, { at: number; standing: Standing }>();

  private readonly lookup: RosterLookup;
  /** Our tenant (Azure mode); null locally, where there is no tenant to check. */
  private readonly ownTenant: string | null;
  private readonly clock: Clock;
  private readonly logger: Logger;

  constructor(lookup: RosterLookup, ownTenant: string | null, clock: Clock, logger: Logger) {
    this.lookup = lookup;
    this.ownTenant = ownTenant;
    this.clock = clock;
    this.logger = logger;
  }

  async of(turn: TeamsTurn): Promise<Standing> {
    if (this.ownTenant !== null && turn.tenantId !== this.ownTenant) return "external";
    const key = `${turn.tenantId}/${turn.aadObjectId}`;
    const cached = this.known.get(key);
    const now = this.clock.now().getTime();
    if (cached && now - cached.at < ROSTER_TTL_MS) return cached.standing;
    try {
      const standing = standingOfMember(await this.lookup(turn));
      this.known.set(key, { at: now, standing });
      return standing;
    } catch (error) {
      // The roster cannot be read (connector away): our tenant's people count as members, so that
      // a breach report never waits (art. 6.1 DPA); every role still needs a grant to this very id.
      // Not cached: the next action asks again.
      this.logger.warn({ err: error }, "Teams roster look-up failed; treating the person as a member");
      return "member";
    }
  }
}
