import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { oidcEnabled } from "@/lib/auth/auth";
import { getCaller } from "@/lib/auth/caller";
import { Button } from "@/components/ui/button";
import { oidcSignInAction } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/" } = await searchParams;
  if (await getCaller()) redirect(callbackUrl.startsWith("/") ? callbackUrl : "/");
  const demo = process.env.MESHWORK_DEMO === "true";

  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 via-white to-slate-100 px-4 py-12">
      <div className="w-full max-w-md">
        <div className="mb-8 text-center">
          <img src="/favicon.svg" alt="" className="mx-auto h-12 w-12" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">Sign in to Meshwork</h1>
          <p className="mt-1 text-sm text-slate-600">The catalog of your organisation&apos;s data products.</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          {oidcEnabled() && (
            <form action={oidcSignInAction} className="mb-6">
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {process.env.OIDC_NAME ?? "single sign-on"}
              </Button>
            </form>
          )}
          <SignInForm callbackUrl={callbackUrl} demoAccounts={demo ? DEMO_ACCOUNTS : []} demoPassword={demo ? DEMO_PASSWORD : undefined} />
        </div>
      </div>
    </main>
  );
}
