import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";

export const metadata: Metadata = {
  title: { default: "Meshwork — data product catalog", template: "%s · Meshwork" },
  description: "Find, register and govern the data products of your data mesh.",
};

export const viewport: Viewport = { themeColor: "#3b55e6" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
