import type { Metadata } from "next";
import Link from "next/link";
import { PageNotFound } from "@/components/shell/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/** Addresses no route matches land here, outside the signed-in shell: the brand leads back home. */
export default function RootNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-20">
      <Link href="/" className="mb-8 flex items-center justify-center gap-2 font-semibold text-slate-900">
        <img src="/favicon.svg" alt="" className="h-7 w-7" />
        <span>Meshwork</span>
      </Link>
      <PageNotFound />
    </main>
  );
}
