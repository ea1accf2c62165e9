import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/sign-out-button";
import { getActor, homeFor } from "@/lib/auth/session";
import type { Role } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { serviceModes } from "@/lib/env";
import { countUnread } from "@/lib/notifications/list-notifications";
import "./globals.css";
import "./styles/client.css";
import "./styles/desk.css";
import "./styles/admin.css";
import "./styles/payments.css";
import "./styles/lists.css";
import "./styles/landing.css";
import "./styles/notifications.css";

export const metadata: Metadata = {
  title: { default: "Beautiful Handwritten Letters", template: "%s · Beautiful Handwritten Letters" },
  description: "Personal letters, written for you by a professional writer and delivered in real-looking handwriting.",
};
export const viewport: Viewport = { themeColor: "#f8f3e8" };

const navByRole: Record<Role, { href: string; label: string }[]> = {
  client: [
    { href: "/orders", label: "My letters" },
    { href: "/orders/new", label: "New letter" },
    { href: "/recipients", label: "Address book" },
    { href: "/account", label: "Account" },
  ],
  writer: [
    { href: "/desk", label: "My desk" },
    { href: "/account", label: "Account" },
  ],
  editor: [
    { href: "/admin/review", label: "Review queue" },
    { href: "/admin/orders", label: "All orders" },
    { href: "/account", label: "Account" },
  ],
  admin: [
    { href: "/admin", label: "Overview" },
    { href: "/admin/orders", label: "Orders" },
    { href: "/admin/review", label: "Review" },
    { href: "/admin/fulfilment", label: "Printing" },
    { href: "/admin/collections", label: "Collections" },
    { href: "/admin/payments", label: "Payments" },
    { href: "/admin/outbox", label: "Outbox" },
    { href: "/admin/jobs", label: "Jobs" },
    { href: "/account", label: "Account" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const modes = serviceModes();
  // Writers and editors see how much news is waiting for them on every page.
  const unread = actor && actor.role !== "client" ? await countUnread(await getDb(), actor) : null;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header>
          {/* Inside the banner landmark, so a screen reader finds it with the rest of the header. */}
          {modes.payments === "offline" && (
            <p className="mode-banner">Offline payment mode: no card is charged. Configure Stripe keys to take real payments.</p>
          )}
          <div className="site-header">
            <Link className="brand" href={actor ? homeFor(actor.role) : "/"}>
              Beautiful <span>Handwritten</span> Letters
            </Link>
            <nav className="site-nav" aria-label="Main">
              {actor ? (
                <>
                  {navByRole[actor.role].map((item) => (
                    <Link key={item.href} href={item.href}>
                      {item.label}
                    </Link>
                  ))}
                  {unread !== null && (
                    <Link href="/notifications">
                      Notifications
                      {unread > 0 && (
                        <span className="count-badge">
                          {unread}
                          <span className="visually-hidden"> new</span>
                        </span>
                      )}
                    </Link>
                  )}
                  <span className="who">
                    {actor.name} · {actor.role}
                  </span>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/pricing">Pricing</Link>
                  <Link href="/sign-in">Sign in</Link>
                </>
              )}
            </nav>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          <p className="small">Beautiful Handwritten Letters · letters written by people, in ink on paper</p>
          <nav aria-label="Footer">
            <ul>
              <li>
                <Link href="/pricing">Pricing</Link>
              </li>
              <li>
                <Link href="/contact">Contact</Link>
              </li>
              <li>
                <Link href="/terms">Terms</Link>
              </li>
              <li>
                <Link href="/privacy">Privacy</Link>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}
