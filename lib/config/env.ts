import { z } from "zod";

/**
 * Every environment variable Meshwork reads, validated once at start.
 * `.env.example` documents the same list; keep the two together.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0"], "Use true or false")
  .transform((value) => value === "true" || value === "1");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
      .optional(),
    PORT: z.coerce.number("PORT must be a number").int().min(1, "PORT must be between 1 and 65535").max(65535, "PORT must be between 1 and 65535").default(3000),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    AUTH_URL: z.url("AUTH_URL must be the public URL of the app, e.g. https://meshwork.example.com").optional(),
    MESHWORK_DEMO: booleanFlag.optional(),
    MESHWORK_DATA_DIR: z.string().min(1).default(".data"),
    OIDC_ISSUER: z.url("OIDC_ISSUER must be the issuer URL of your identity provider").optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Single sign-on"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment, turning the first problem into one sentence a person can act on. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue.path.join(".");
  throw new ConfigError(`Configuration error in ${variable}: ${issue.message}.`);
}

/** Demo mode seeds the demo mesh and shows demo logins; on by default only for the embedded database. */
export function isDemoMode(env: Env): boolean {
  return env.MESHWORK_DEMO ?? !env.DATABASE_URL;
}
