// Loads a request that a change is about to touch, refusing when it is gone or already closed.
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
