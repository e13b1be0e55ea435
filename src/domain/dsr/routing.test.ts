import { describe, expect, it } from "vitest";
import type { RequestContact } from "./request.ts";
import { routeRequest } from "./routing.ts";

const contact = (
  email: string,
  roles: RequestContact["roles"],
  dsrTypes: RequestContact["dsrTypes"] = [],
): RequestContact => ({
  id: email,
  name: email.split("@")[0]!,
  email,
  phone: null,
  roles,
  dsrTypes,
  slackUserId: null,
  teamsUserId: null,
});

describe("routing a request (art. 8 DPA)", () => {
  const privacy = contact("privacy@acme.example", ["dsr"], ["erasure", "access"]);
  const support = contact("support@acme.example", ["dsr"], ["rectification"]);
  const allTypes = contact("all@acme.example", ["dsr"]);
  const dpo = contact("dpo@acme.example", ["dpo"]);
  const breach = contact("security@acme.example", ["breach"]);

  it("sends each type to the dsr contacts that handle it, and to those without a list", () => {
    expect(routeRequest([privacy, support, allTypes, dpo], "erasure")).toEqual({
      reason: "dsr",
      contacts: [privacy, allTypes],
    });
    expect(routeRequest([privacy, support, dpo], "rectification")?.contacts).toEqual([support]);
  });

  it("falls back to the DPO when no dsr contact handles the type", () => {
    expect(routeRequest([privacy, support, dpo, breach], "portability")).toEqual({
      reason: "dpo",
      contacts: [dpo],
    });
  });

  it("falls back to the breach contact without dsr contact or DPO", () => {
    expect(routeRequest([breach, contact("x@acme.example", ["approver"])], "objection")).toEqual({
      reason: "breach",
      contacts: [breach],
    });
  });

  it("finds nobody when the customer has no such contact", () => {
    expect(routeRequest([contact("x@acme.example", ["approver"])], "access")).toBeNull();
    expect(routeRequest([], "access")).toBeNull();
  });
});
