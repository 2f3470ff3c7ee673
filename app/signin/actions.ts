"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

/** Only same-site paths, so a crafted link cannot bounce a user to another site after sign-in. */
function safeRedirect(target: FormDataEntryValue | null): string {
  return typeof target === "string" && target.startsWith("/") && !target.startsWith("//") ? target : "/";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  try {
    await signIn("credentials", { email, password: formData.get("password"), redirectTo: safeRedirect(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    // signIn signals success by throwing Next's redirect; only Auth.js errors mean a failed sign-in.
    if (error instanceof AuthError) return { email, error: "That email and password do not match an account." };
    throw error;
  }
}

export async function oidcSignInAction(formData: FormData) {
  await signIn("oidc", { redirectTo: safeRedirect(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
