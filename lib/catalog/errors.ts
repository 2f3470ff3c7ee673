/**
 * Expected failures of catalog operations. Route handlers and server actions map these to
 * HTTP statuses and user text in one place (lib/api/errors.ts); anything else is a bug.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }
}
export class NotFoundError extends CatalogError {}
/** A product was deleted at this address: not found, and the API says so with 410 Gone. */
export class GoneError extends NotFoundError {}
export class ForbiddenError extends CatalogError {}
export class UnauthenticatedError extends CatalogError {}
/** The slug is taken, or a referenced thing is in a state that forbids the change. */
export class ConflictError extends CatalogError {}
/** Someone saved since the caller read: `currentVersion` is what is stored now. */
export class VersionConflictError extends CatalogError {
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
  }
}
export class InvalidSpecError extends CatalogError {}
