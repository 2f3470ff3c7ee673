import { openApiDocument } from "@/lib/spec/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
