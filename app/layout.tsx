import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import localFont from "next/font/local";
import { connection } from "next/server";
import { ZodWithoutEval } from "./_csp/ZodWithoutEval.tsx";
import "./globals.css";

// Local font file: next/font/google needs the internet at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

// The icon and manifest are files in public/ (the proxy leaves them out, so they load without a
// session, on the login page too).
export const metadata: Metadata = {
  title: "Dealfloor",
  description: "The CRM for bank and broker sales floors",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/icons/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { themeColor: "#2563eb" };

// Every page renders per request, the 404 included: the proxy's CSP allows only scripts carrying
// this response's nonce, and a page rendered at build time has none, so it would never hydrate.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="font-sans">
        <ZodWithoutEval />
        {children}
      </body>
    </html>
  );
}
