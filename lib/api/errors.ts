import {
  CatalogError,
  ConflictError,
  ForbiddenError,
  GoneError,
  InvalidSpecError,
  NotFoundError,
  UnauthenticatedError,
  VersionConflictError,
  type FieldError,
} from "@/lib/catalog/errors";

/** A body that is not valid JSON or YAML, or not an object. */
export class BadRequestError extends CatalogError {}
export class PayloadTooLargeError extends CatalogError {}

export interface ApiErrorBody {
  error: { code: string; message: string; details: FieldError[]; currentVersion?: number };
}

/** The one place where expected failures become HTTP statuses; anything else is logged as a bug. */
export function errorStatus(error: unknown): { status: number; body: ApiErrorBody } {
  const known: [new (...args: never[]) => CatalogError, number, string][] = [
    [BadRequestError, 400, "bad_request"],
    [UnauthenticatedError, 401, "unauthenticated"],
    [ForbiddenError, 403, "forbidden"],
    [GoneError, 410, "gone"],
    [NotFoundError, 404, "not_found"],
    [VersionConflictError, 409, "version_conflict"],
    [ConflictError, 409, "conflict"],
    [PayloadTooLargeError, 413, "payload_too_large"],
    [InvalidSpecError, 422, "invalid"],
  ];
  for (const [type, status, code] of known) {
    if (error instanceof type) {
      const base = { code, message: error.message, details: error.details };
      return { status, body: { error: error instanceof VersionConflictError ? { ...base, currentVersion: error.currentVersion } : base } };
    }
  }
  console.error(error);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side; it has been logged.", details: [] } } };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = errorStatus(error);
  return Response.json(body, { status, headers: status === 401 ? { "WWW-Authenticate": 'Bearer realm="meshwork"' } : undefined });
}
