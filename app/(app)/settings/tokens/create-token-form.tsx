"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/product-page/copy-button";
import { createTokenAction, type CreateTokenState } from "./actions";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, {});
  return (
    <div className="space-y-4 p-5">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            defaultValue={state.token ? "" : state.name}
            placeholder="e.g. orders-ci"
            aria-invalid={Boolean(state.error)}
            aria-describedby={state.error ? "token-error" : undefined}
            className="rounded-lg border border-slate-300 px-3 py-2 font-normal focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Expires
          <select name="expiresInDays" defaultValue="90" className="rounded-lg border border-slate-300 px-3 py-2 font-normal">
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="">never</option>
          </select>
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state.error && (
        <p id="token-error" role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      {state.token && (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="text-sm font-semibold text-emerald-900">Token “{state.name}” created. Copy it now: it will not be shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code data-testid="new-token" className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 ring-1 ring-emerald-200">
              {state.token}
            </code>
            <CopyButton text={state.token} label="Copy token" />
          </div>
          <p className="mt-2 text-xs text-emerald-900">Send it as <code>Authorization: Bearer &lt;token&gt;</code>; it has exactly your rights.</p>
        </div>
      )}
    </div>
  );
}
