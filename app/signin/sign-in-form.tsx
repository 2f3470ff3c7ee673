"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { signInAction, type SignInState } from "./actions";

interface DemoAccount {
  email: string;
  label: string;
  description: string;
}

export function SignInForm({ callbackUrl, demoAccounts, demoPassword }: { callbackUrl: string; demoAccounts: readonly DemoAccount[]; demoPassword?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const form = useRef<HTMLFormElement>(null);

  const signInAs = (email: string) => {
    const elements = form.current?.elements;
    if (!elements || !demoPassword) return;
    (elements.namedItem("email") as HTMLInputElement).value = email;
    (elements.namedItem("password") as HTMLInputElement).value = demoPassword;
    form.current?.requestSubmit();
  };

  return (
    <div className="space-y-6">
      <form ref={form} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-700">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-700">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
        </div>
        {state.error && (
          <p data-testid="signin-error" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800" aria-live="polite">
            {state.error}
          </p>
        )}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      {demoAccounts.length > 0 && demoPassword && (
        <section aria-labelledby="demo-heading" className="rounded-xl border border-brand-100 bg-brand-50/60 p-4">
          <h2 id="demo-heading" className="text-sm font-semibold text-brand-900">
            Demo accounts
          </h2>
          <p className="mt-0.5 text-xs text-slate-600">
            Password for every demo account: <code className="rounded bg-white px-1 py-0.5 font-mono text-slate-800">{demoPassword}</code>
          </p>
          <ul className="mt-3 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  onClick={() => signInAs(account.email)}
                  disabled={pending}
                  className="w-full rounded-lg bg-white px-3 py-2 text-left ring-1 ring-slate-200 transition hover:ring-brand-500"
                >
                  <span className="block text-sm font-medium text-slate-900">
                    Sign in as {account.label}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {account.email} · {account.description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
