// Who is acting, and in which language to answer them. Language: the account's own choice, else the
// workspace's, else the user's Slack locale, else DEFAULT_LANGUAGE. users.info answers are cached
// for a while: they are needed on every click and Slack rate-limits them.
import type { webApi } from "@slack/bolt";
import type { StaffRole, Standing } from "../../domain/access/roles.ts";
import { languageOfLocale } from "../../domain/i18n/languages.ts";
import type { Actor, Clock, Language } from "../../domain/ports.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { findLanguagePreference } from "../db/repositories/language-preferences.ts";
import { findPersonRecord } from "../db/repositories/person-lookup.ts";

export interface SlackProfile {
  realName: string | null;
  email: string | null;
  phone: string | null;
  locale: string | null;
  /** users.info `is_restricted` / `is_ultra_restricted`: a guest account in our workspace. */
  guest: boolean;
  /** users.info `is_stranger`, or a `team_id` not ours: a person of another organisation. */
  teamId: string | null;
  stranger: boolean;
}

export interface SlackUserRef {
  id: string;
  teamId: string;
  /** The handle Slack puts in the payload, used when users.info is unavailable. */
  name?: string;
}

const PROFILE_TTL_MS = 10 * 60_000;

export class SlackPeople {
  private readonly profiles = new Map<string, { at: number; profile: SlackProfile | null }>();
  private readonly languages = new Map<string, Language>();
  /** Our own workspace (and Enterprise Grid organisation), as auth.test answered at start. */
  private readonly ownTeams = new Set<string>();

  private readonly client: webApi.WebClient;
  private readonly prisma: PrismaClient;
  private readonly clock: Clock;
  private readonly defaultLanguage: Language;

  constructor(client: webApi.WebClient, prisma: PrismaClient, clock: Clock, defaultLanguage: Language) {
    this.client = client;
    this.prisma = prisma;
    this.clock = clock;
    this.defaultLanguage = defaultLanguage;
  }

  /** Whether users.info for this person is cached: profile() then asks Slack nothing. */
  knows(userId: string): boolean {
    const cached = this.profiles.get(userId);
    return cached !== undefined && this.clock.now().getTime() - cached.at < PROFILE_TTL_MS;
  }

  /** users.info, cached; null when Slack cannot tell (the flow goes on without it). */
  async profile(userId: string): Promise<SlackProfile | null> {
    const cached = this.profiles.get(userId);
    if (cached && this.clock.now().getTime() - cached.at < PROFILE_TTL_MS) return cached.profile;
    let profile: SlackProfile;
    try {
      const { user } = await this.client.users.info({ user: userId, include_locale: true });
      profile = {
        realName: user?.profile?.real_name || user?.real_name || null,
        email: user?.profile?.email || null,
        phone: user?.profile?.phone || null,
        locale: user?.locale ?? null,
        guest: Boolean(user?.is_restricted || user?.is_ultra_restricted),
        teamId: user?.team_id ?? null,
        stranger: Boolean((user as { is_stranger?: boolean } | undefined)?.is_stranger),
      };
    } catch {
      // Rate limited or away: this form goes without, and the next one asks again (not cached).
      return null;
    }
    this.profiles.set(userId, { at: this.clock.now().getTime(), profile });
    return profile;
  }

  async language(user: SlackUserRef): Promise<Language> {
    const chosen = await findLanguagePreference(this.prisma, "slack", user.teamId, user.id);
    return this.remember(user, chosen ?? languageOfLocale((await this.profile(user.id))?.locale));
  }

  /**
   * Profile, language, actor and roles at once, for a dialog that must open quickly: users.info
   * (at most one call) beside one statement for the language preference and the roles.
   */
  async whoIs(
    user: SlackUserRef,
  ): Promise<{ profile: SlackProfile | null; language: Language; actor: Actor; roles: StaffRole[] }> {
    const [profile, record] = await Promise.all([
      this.profile(user.id),
      findPersonRecord(this.prisma, "slack", user.teamId, user.id),
    ]);
    const language = this.remember(user, record.language ?? languageOfLocale(profile?.locale));
    return { profile, language, actor: this.actorOf(user, profile), roles: record.roles };
  }

  private remember(user: SlackUserRef, language: Language | null): Language {
    const chosen = language ?? this.defaultLanguage;
    this.languages.set(`${user.teamId}/${user.id}`, chosen);
    return chosen;
  }

  /** Without any I/O: what this person was last answered in, for the first view within Slack's 3 s. */
  knownLanguage(user: SlackUserRef): Language {
    return this.languages.get(`${user.teamId}/${user.id}`) ?? this.defaultLanguage;
  }

  /** From auth.test: people of these teams are members of our organisation. */
  setOwnTeams(...teamIds: Array<string | null | undefined>): void {
    for (const id of teamIds) if (id) this.ownTeams.add(id);
  }

  /** The named account (Bijlage 2) behind a Slack user, with where they stand (the permission model). */
  async actor(user: SlackUserRef): Promise<Actor> {
    return this.actorOf(user, await this.profile(user.id));
  }

  private actorOf(user: SlackUserRef, profile: SlackProfile | null): Actor {
    return {
      platform: "slack",
      userId: user.id,
      workspaceId: user.teamId,
      displayName: profile?.realName || user.name || user.id,
      standing: this.standingOf(user, profile),
    };
  }

  /**
   * The payload's `user.team_id` is the person's own workspace: in a Slack Connect channel another
   * organisation's. users.info adds the guest flags; when Slack cannot answer it (rate limit), our
   * own workspace's people count as members so that a breach report never waits (art. 6.1 DPA),
   * while every role-bound action still needs a grant to that very user id.
   */
  private standingOf(user: SlackUserRef, profile: SlackProfile | null): Standing {
    const teams = [user.teamId, profile?.teamId].filter((id): id is string => Boolean(id));
    if (this.ownTeams.size === 0 || teams.length === 0) return "external";
    if (teams.some((id) => !this.ownTeams.has(id)) || profile?.stranger) return "external";
    if (profile?.guest) return "guest";
    return "member";
  }
}
