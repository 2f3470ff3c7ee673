import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/caller";
import { TopNav } from "@/components/shell/top-nav";

// Every page below reads the database and the session: render per request, never at build time.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  if (!caller) redirect("/signin");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <TopNav caller={caller} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
