import type { Metadata } from "next";
import Link from "next/link";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireCaller } from "@/lib/auth/caller";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
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
            <Table columns={["Name", "Token", "Created", "Last used", "Expires", { label: "Actions", hidden: true }]}>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <Cell className="font-medium text-slate-900">{token.name}</Cell>
                  <Cell className="font-mono text-slate-600">{token.prefix}…</Cell>
                  <Cell>{date(token.createdAt)}</Cell>
                  <Cell>{date(token.lastUsedAt)}</Cell>
                  <Cell>{token.expiresAt ? date(token.expiresAt) : "never"}</Cell>
                  <Cell className="text-right">
                    <form action={revokeTokenAction}>
                      <input type="hidden" name="id" value={token.id} />
                      <Button type="submit" variant="secondary" aria-label={`Revoke token ${token.name}`}>
                        Revoke
                      </Button>
                    </form>
                  </Cell>
                </tr>
              ))}
            </Table>
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
