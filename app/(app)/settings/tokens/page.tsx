import type { Metadata } from "next";
import Link from "next/link";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireCaller } from "@/lib/auth/caller";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";

export const metadata: Metadata = { title: "API tokens" };

const date = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "—");

export default async function ApiTokensPage() {
  const caller = await requireCaller();
  const tokens = await listApiTokens(caller);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let CI pipelines and scripts call the <Link href="/docs/api" className="font-medium text-brand-700 hover:underline">REST API</Link> and{" "}
            <code>meshwork apply</code> as you. A token has exactly your rights; only its hash is stored.
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Create a token" description="Name it after where it will be used, so you know what to revoke later." />
          <CreateTokenForm />
        </Card>
        <Card>
          <CardHeader title="Your tokens" description="Revoking a token stops it at once." />
          {tokens.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="px-5 py-2 font-medium">Name</th>
                    <th scope="col" className="px-5 py-2 font-medium">Token</th>
                    <th scope="col" className="px-5 py-2 font-medium">Created</th>
                    <th scope="col" className="px-5 py-2 font-medium">Last used</th>
                    <th scope="col" className="px-5 py-2 font-medium">Expires</th>
                    <th scope="col" className="px-5 py-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {tokens.map((token) => (
                    <tr key={token.id}>
                      <td className="px-5 py-3 font-medium text-slate-900">{token.name}</td>
                      <td className="px-5 py-3 font-mono text-slate-600">{token.prefix}…</td>
                      <td className="px-5 py-3 text-slate-600">{date(token.createdAt)}</td>
                      <td className="px-5 py-3 text-slate-600">{date(token.lastUsedAt)}</td>
                      <td className="px-5 py-3 text-slate-600">{token.expiresAt ? date(token.expiresAt) : "never"}</td>
                      <td className="px-5 py-3 text-right">
                        <form action={revokeTokenAction}>
                          <input type="hidden" name="id" value={token.id} />
                          <Button type="submit" variant="secondary" aria-label={`Revoke token ${token.name}`}>
                            Revoke
                          </Button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <div className="p-5">
              <EmptyState title="No tokens yet">Create one above to call the API from a pipeline.</EmptyState>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
