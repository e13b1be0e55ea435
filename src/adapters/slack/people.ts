// Who is acting, and in which language to answer them. Language: the account's own choice, else the
// workspace's, else the user's Slack locale, else DEFAULT_LANGUAGE. users.info answers are cached
// for a while: they are needed on every click and Slack rate-limits them.
import type { webApi } from "@slack/bolt";
import type { Actor, Clock, Language } from "../../domain/ports.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { findLanguagePreference } from "../db/repositories/language-preferences.ts";

export interface SlackProfile {
  realName: string | null;
  email: string | null;
  phone: string | null;
  locale: string | null;
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

  constructor(
    private readonly client: webApi.WebClient,
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
    private readonly defaultLanguage: Language,
  ) {}

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
    const language =
      chosen ?? languageOfLocale((await this.profile(user.id))?.locale) ?? this.defaultLanguage;
    this.languages.set(`${user.teamId}/${user.id}`, language);
    return language;
  }

  /** Without any I/O: what this person was last answered in, for the first view within Slack's 3 s. */
  knownLanguage(user: SlackUserRef): Language {
    return this.languages.get(`${user.teamId}/${user.id}`) ?? this.defaultLanguage;
  }

  /** The named account (Bijlage 2) behind a Slack user. */
  async actor(user: SlackUserRef): Promise<Actor> {
    const profile = await this.profile(user.id);
    return {
      platform: "slack",
      userId: user.id,
      workspaceId: user.teamId,
      displayName: profile?.realName || user.name || user.id,
    };
  }
}

export function languageOfLocale(locale: string | null | undefined): Language | null {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return primary === "nl" ? "nl" : primary === "en" ? "en" : null;
}
