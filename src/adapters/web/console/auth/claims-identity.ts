// Who an OpenID provider says signed in, in the bot's own terms. One person is one identity
// whatever the door: a Microsoft Entra ID sign-in is their Teams identity (the same AAD object id
// Teams sends), a Sign in with Slack sign-in is their Slack identity, and any other provider names
// them by an e-mail address it has verified, never by one it has not.

export type SignInIdentity =
  /** Microsoft Entra ID: `oid` (the object id Teams knows them by) in tenant `tid`. */
  | { kind: "teams"; userId: string; tenantId: string; displayName: string }
  /** Sign in with Slack: their Slack user id in workspace `team_id`. */
  | { kind: "slack"; userId: string; teamId: string; displayName: string }
  /** Any other provider: the address, lower-cased, only when the provider says it verified it. */
  | { kind: "email"; email: string; displayName: string }
  /** The provider named nobody the console can trust. */
  | { kind: "unverified" };

const SLACK_USER = "https://slack.com/user_id";
const SLACK_TEAM = "https://slack.com/team_id";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function identityOfClaims(claims: Record<string, unknown>): SignInIdentity {
  const text = (name: string) => {
    const value = claims[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const email = text("email")?.toLowerCase();
  const displayName = text("name") ?? email ?? text("preferred_username") ?? "";
  const oid = text("oid");
  const tid = text("tid");
  if (oid && tid && GUID.test(oid) && GUID.test(tid)) {
    return {
      kind: "teams",
      userId: oid.toLowerCase(),
      tenantId: tid.toLowerCase(),
      displayName: displayName || oid,
    };
  }
  const slackUser = text(SLACK_USER);
  const slackTeam = text(SLACK_TEAM);
  if (slackUser && slackTeam) {
    return { kind: "slack", userId: slackUser, teamId: slackTeam, displayName: displayName || slackUser };
  }
  // Providers send the flag as a boolean; a few send the string "true".
  const verified = claims.email_verified === true || claims.email_verified === "true";
  if (email && verified && /^[^@\s]+@[^@\s]+$/.test(email)) {
    return { kind: "email", email, displayName: displayName || email };
  }
  return { kind: "unverified" };
}

/** Whether the ID token lacks what would name the person (then the userinfo endpoint is asked). */
export function needsUserInfo(claims: Record<string, unknown>): boolean {
  return identityOfClaims(claims).kind === "unverified";
}

/** A tenant id in the issuer's path (login.microsoftonline.com/<tenant>/v2.0): the tenant that is ours. */
export function tenantOfIssuer(issuerUrl: string): string | undefined {
  const segment = new URL(issuerUrl).pathname.split("/").find((part) => GUID.test(part));
  return segment?.toLowerCase();
}

/** The provider's name on the sign-in button. */
export function providerName(issuerUrl: string): string {
  const host = new URL(issuerUrl).hostname;
  if (host === "login.microsoftonline.com" || host.endsWith(".microsoftonline.com")) return "Microsoft";
  if (host === "slack.com" || host.endsWith(".slack.com")) return "Slack";
  if (host === "accounts.google.com") return "Google";
  return host;
}
