import { apiHandler } from "@/lib/api/handler";
import { readSpecBody } from "@/lib/api/spec-body";
import { validationReport } from "@/lib/catalog/validate-spec";
import { prisma } from "@/lib/db/prisma";

// Saves nothing and answers every caller alike, so no caller is resolved.
export const POST = apiHandler(async ({ request }) => Response.json(await validationReport(prisma, await readSpecBody(request))), { anonymous: true });
