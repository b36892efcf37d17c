import {
  Building2,
  LayoutDashboard,
  CalendarDays,
  FileCheck2,
  Headset,
  ListChecks,
  Megaphone,
  Settings,
  Target,
  TrendingUp,
  UserPlus,
  Users,
  type LucideIcon,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon; adminOnly?: boolean };
export type NavGroup = { label: string; items: NavItem[] };

// Grouped the way a desk works: who the customers are, what is being sold, how they are
// reached, the phone, and (for admins) the back office.
export const NAV_GROUPS: NavGroup[] = [
  {
    label: "Customers",
    items: [
      { href: "/accounts", label: "Accounts", icon: Building2 },
      { href: "/contacts", label: "Contacts", icon: Users },
      { href: "/leads", label: "Leads", icon: UserPlus },
    ],
  },
  {
    label: "Sales",
    items: [
      { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
      { href: "/opportunities", label: "Opportunities", icon: Target },
      { href: "/events", label: "Events", icon: CalendarDays },
      { href: "/forecasts", label: "Forecasts", icon: TrendingUp },
    ],
  },
  {
    label: "Marketing",
    items: [
      { href: "/campaigns", label: "Campaigns", icon: Megaphone },
      { href: "/agreements", label: "Agreements", icon: FileCheck2 },
    ],
  },
  {
    label: "Desk",
    items: [
      { href: "/communication-centre", label: "Communication Centre", icon: Headset },
      { href: "/tasks", label: "Tasks", icon: ListChecks },
    ],
  },
  {
    label: "Administration",
    items: [{ href: "/admin", label: "Admin", icon: Settings, adminOnly: true }],
  },
];

/** The groups and links this user may see; a group left empty is dropped. */
export function navFor(isAdmin: boolean): NavGroup[] {
  return NAV_GROUPS.map((g) => ({ ...g, items: g.items.filter((i) => isAdmin || !i.adminOnly) })).filter(
    (g) => g.items.length > 0,
  );
}

/** A section is active on its own page and on every page below it (/accounts/123). */
export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
