import { describe, expect, it } from "vitest";
import { ConfigError, isDemoMode, parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty environment with defaults for a local demo", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(isDemoMode(env)).toBe(true);
  });

  it("turns a bad value into one sentence naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      new ConfigError("Configuration error in DATABASE_URL: DATABASE_URL must be a postgresql:// connection string."),
    );
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT must be a number/);
  });

  it("requires all three OIDC settings together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://id.example.com" })).toThrow(/OIDC needs all three/);
  });

  it("turns demo mode off by default on an external database", () => {
    expect(isDemoMode(parseEnv({ DATABASE_URL: "postgresql://db:5432/meshwork" }))).toBe(false);
    expect(isDemoMode(parseEnv({ DATABASE_URL: "postgresql://db:5432/meshwork", MESHWORK_DEMO: "true" }))).toBe(true);
  });
});
