import {
  Building2,
  CalendarDays,
  FileCheck2,
  Headset,
  Megaphone,
  Settings,
  Target,
  TrendingUp,
  UserPlus,
  Users,
  type LucideIcon,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon; adminOnly?: boolean };

export const NAV_ITEMS: NavItem[] = [
  { href: "/accounts", label: "Accounts", icon: Building2 },
  { href: "/contacts", label: "Contacts", icon: Users },
  { href: "/leads", label: "Leads", icon: UserPlus },
  { href: "/opportunities", label: "Opportunities", icon: Target },
  { href: "/events", label: "Events", icon: CalendarDays },
  { href: "/forecasts", label: "Forecasts", icon: TrendingUp },
  { href: "/campaigns", label: "Campaigns", icon: Megaphone },
  { href: "/agreements", label: "Agreements", icon: FileCheck2 },
  { href: "/communication-centre", label: "Communication Centre", icon: Headset },
  { href: "/admin", label: "Admin", icon: Settings, adminOnly: true },
];
