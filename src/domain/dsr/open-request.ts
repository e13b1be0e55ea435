// Loads a request that a change is about to touch, refusing when it is gone or already closed, or
// when the person may not make that change (the permission model, src/domain/access).
import { type AccessControl, authorize } from "../access/access-control.ts";
import type { Capability } from "../access/capabilities.ts";
import type { AccessObject } from "../access/decide-access.ts";
import type { Actor } from "../ports.ts";
import { RequestRefusal } from "./dsr-error.ts";
import type { DataSubjectRequest } from "./request.ts";
import type { RequestRepository } from "./request-repository.ts";

export async function loadRequest(requests: RequestRepository, id: string): Promise<DataSubjectRequest> {
  const request = await requests.get(id);
  if (!request) throw new RequestRefusal("dsr.error.notFound");
  return request;
}

export async function loadOpenRequest(requests: RequestRepository, id: string): Promise<DataSubjectRequest> {
  const request = await loadRequest(requests, id);
  if (request.status === "closed") throw new RequestRefusal("dsr.error.closed");
  return request;
}

export function requestObject(request: Pick<DataSubjectRequest, "id" | "registrant">): AccessObject {
  return { type: "DataSubjectRequest", id: request.id, owner: request.registrant };
}

type Deps = { requests: RequestRepository; access: AccessControl };

/** The request, once `actor` is allowed `capability` on it (else AccessRefusal, audited). */
export async function loadRequestFor(deps: Deps, id: string, actor: Actor, capability: Capability) {
  const request = await loadRequest(deps.requests, id);
  await authorize(deps.access, actor, capability, requestObject(request));
  return request;
}

export async function loadOpenRequestFor(deps: Deps, id: string, actor: Actor, capability: Capability) {
  const request = await loadOpenRequest(deps.requests, id);
  await authorize(deps.access, actor, capability, requestObject(request));
  return request;
}
