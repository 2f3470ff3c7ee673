import "server-only";
import { callerFromApiToken } from "@/lib/auth/api-tokens";
import { getCaller } from "@/lib/auth/caller";
import type { Caller } from "@/lib/auth/permissions";
import { UnauthenticatedError } from "@/lib/catalog/errors";
import { errorResponse } from "./errors";

export interface ApiContext<P> {
  request: Request;
  params: P;
  /** null for anonymous callers; use `requireCaller` before any write */
  caller: Caller | null;
  requireCaller(): Caller;
}

/**
 * Wraps a route handler: resolves the caller from a Bearer token or the session cookie and maps
 * every expected failure to the one error shape. Handlers stay a parse → lib call → respond.
 */
export function apiHandler<P = Record<string, never>>(handle: (context: ApiContext<P>) => Promise<Response>, options: { anonymous?: boolean } = {}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      // A route that answers everyone alike (validate) skips the session and token lookups altogether.
      const caller = options.anonymous ? null : await resolveCaller(request);
      const params = await route.params;
      return await handle({
        request,
        params,
        caller,
        requireCaller() {
          if (!caller) throw new UnauthenticatedError("Send an API token as Authorization: Bearer <token>, or sign in");
          return caller;
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function resolveCaller(request: Request): Promise<Caller | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const caller = token ? await callerFromApiToken(token) : null;
    // A wrong token is an error, never a silent fall-back to anonymous reads.
    if (!caller) throw new UnauthenticatedError("The API token is invalid, expired or revoked");
    return caller;
  }
  return getCaller();
}
