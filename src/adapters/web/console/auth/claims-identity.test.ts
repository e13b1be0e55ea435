import { describe, expect, it } from "vitest";
import { identityOfClaims, providerName, tenantOfIssuer } from "./claims-identity.ts";

const OID = "D1E2A3B4-0000-4000-8000-0000000000A1";
const TID = "0a1b2c3d-0000-4000-8000-00000000aaaa";

describe("identityOfClaims", () => {
  it("reads Microsoft Entra ID's object id and tenant as the Teams identity", () => {
    expect(
      identityOfClaims({ sub: "x", oid: OID, tid: TID, name: "Anne", email: "anne@acme.example" }),
    ).toEqual({
      kind: "teams",
      userId: OID.toLowerCase(),
      tenantId: TID,
      displayName: "Anne",
    });
  });

  it("reads Sign in with Slack's user and team", () => {
    expect(
      identityOfClaims({
        sub: "U0BART",
        "https://slack.com/user_id": "U0BART",
        "https://slack.com/team_id": "T0OURS",
        name: "Bart",
      }),
    ).toEqual({ kind: "slack", userId: "U0BART", teamId: "T0OURS", displayName: "Bart" });
  });

  it("takes another provider's e-mail address only when verified, lower-cased", () => {
    expect(identityOfClaims({ sub: "1", email: "Carla@Example.com", email_verified: true })).toEqual({
      kind: "email",
      email: "carla@example.com",
      displayName: "carla@example.com",
    });
    expect(identityOfClaims({ sub: "1", email: "c@example.com", email_verified: "true" }).kind).toBe("email");
    for (const verified of [false, "false", undefined, 1]) {
      expect(identityOfClaims({ sub: "1", email: "c@example.com", email_verified: verified }).kind).toBe(
        "unverified",
      );
    }
    // An object id that is not a GUID is no Entra identity, and without an address nobody is named.
    expect(identityOfClaims({ sub: "1", oid: "admin", tid: TID }).kind).toBe("unverified");
  });
});

describe("the provider", () => {
  it("names the tenant in an Entra ID issuer, and none elsewhere", () => {
    expect(tenantOfIssuer(`https://login.microsoftonline.com/${TID}/v2.0`)).toBe(TID);
    expect(tenantOfIssuer("https://slack.com")).toBeUndefined();
  });

  it("is called by its own name on the button", () => {
    expect(providerName(`https://login.microsoftonline.com/${TID}/v2.0`)).toBe("Microsoft");
    expect(providerName("https://slack.com")).toBe("Slack");
    expect(providerName("https://auth.acme.example/realms/staff")).toBe("auth.acme.example");
  });
});
