// The console's sign-in, sessions and security headers, ready for mountConsole: `auth` (the /auth
// routes), `requireViewer` (the session in front of every page) and `headers`.
import type { RequestHandler, Router } from "express";
import type { OidcConfig } from "../../../../config.ts";
import type { Clock, Language } from "../../../../domain/ports.ts";
import type { PrismaClient } from "../../../../generated/prisma/client.ts";
import type { Logger } from "../../../../logger.ts";
import { createAccessControl } from "../../../db/repositories/staff.ts";
import { createAuthRouter } from "./auth-router.ts";
import { tenantOfIssuer } from "./claims-identity.ts";
import { createOidcClient } from "./oidc-client.ts";
import { createRequireViewer } from "./require-viewer.ts";
import { consoleSecurityHeaders } from "./security-headers.ts";

export interface ConsoleAuthOptions {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  defaultLanguage: Language;
  /** PUBLIC_URL, else http://localhost:PORT: the OpenID redirect URI is PUBLIC_URL/auth/callback. */
  publicUrl: string;
  oidc: OidcConfig;
  /** CONSOLE_IDLE_MINUTES. */
  idleMinutes: number;
  /** TEAMS_TENANT_ID: only this tenant's Entra ID accounts are staff (else the issuer's tenant). */
  teamsTenantId?: string;
}

export interface ConsoleAuth {
  auth: Router;
  requireViewer: RequestHandler;
  headers: RequestHandler;
  /** The provider's name on the sign-in button; null without OpenID Connect. */
  providerName: string | null;
}

export function createConsoleAuth(options: ConsoleAuthOptions): ConsoleAuth {
  const publicUrl = options.publicUrl.replace(/\/+$/, "");
  const oidc = options.oidc.enabled
    ? createOidcClient({ ...options.oidc, redirectUri: `${publicUrl}/auth/callback` })
    : null;
  const deps = {
    prisma: options.prisma,
    access: createAccessControl(options.prisma),
    clock: options.clock,
    idleMinutes: options.idleMinutes,
    defaultLanguage: options.defaultLanguage,
    cookies: { httpsPublicUrl: publicUrl.startsWith("https://") },
    logger: options.logger,
    publicUrl,
    oidc,
    ourTenant:
      options.teamsTenantId?.toLowerCase() ??
      (options.oidc.enabled ? tenantOfIssuer(options.oidc.issuerUrl) : undefined),
  };
  return {
    auth: createAuthRouter(deps),
    requireViewer: createRequireViewer(deps),
    headers: consoleSecurityHeaders(),
    providerName: oidc?.providerName ?? null,
  };
}
