import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";

/** What a list or section shows when it has nothing: say why, and offer the next step. */
export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  compact = false,
}: {
  icon?: LucideIcon;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** Less padding, for side panels and small sections. */
  compact?: boolean;
}) {
  return (
    <div
      className={`flex flex-col items-center justify-center rounded-lg border border-dashed border-slate-300 bg-white text-center ${compact ? "px-3 py-4" : "px-6 py-10"}`}
    >
      {Icon && (
        <span
          className={`mb-2 grid place-items-center rounded-full bg-slate-100 text-slate-500 ${compact ? "size-8" : "size-10"}`}
        >
          <Icon aria-hidden size={compact ? 16 : 20} />
        </span>
      )}
      <p className="text-[13px] font-medium text-slate-800">{title}</p>
      {description && <p className="mt-0.5 max-w-md text-xs text-slate-600">{description}</p>}
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
