/** The same limit as the REST API's bodies; checked in the browser first so a 10 MB file never leaves it. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
