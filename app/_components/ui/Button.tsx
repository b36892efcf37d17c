import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const variants: Record<ButtonVariant, string> = {
  primary: "border-blue-600 bg-blue-600 text-white shadow-xs hover:border-blue-700 hover:bg-blue-700",
  secondary: "border-slate-300 bg-white text-slate-800 shadow-xs hover:bg-slate-50",
  ghost: "border-transparent bg-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  danger: "border-red-600 bg-red-600 text-white shadow-xs hover:border-red-700 hover:bg-red-700",
};
const sizes: Record<ButtonSize, string> = {
  sm: "h-7 gap-1 px-2.5 text-xs [&_svg]:size-3.5",
  md: "h-8 gap-1.5 px-3 text-[13px] [&_svg]:size-4",
};

/** The button look, for elements Button cannot render (a plain `<a download>`, a file label). */
export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md"): string {
  return `inline-flex shrink-0 items-center justify-center rounded-md border font-medium whitespace-nowrap transition-colors select-none [&_svg]:shrink-0 disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50 ${variants[variant]} ${sizes[size]}`;
}

type Common = { variant?: ButtonVariant; size?: ButtonSize; className?: string; children: ReactNode };
type AsButton = Common & Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof Common> & { href?: undefined };
type AsLink = Common & Omit<ComponentProps<typeof Link>, keyof Common | "href"> & { href: string };

/** A button, or a Next link that looks like one when given `href`. */
export function Button(props: AsButton | AsLink) {
  if (props.href !== undefined) {
    const { variant, size, className = "", children, href, ...rest } = props;
    return (
      <Link href={href} className={`${buttonClass(variant, size)} ${className}`} {...rest}>
        {children}
      </Link>
    );
  }
  const { variant, size, className = "", children, type = "button", ...rest } = props;
  return (
    <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...rest}>
      {children}
    </button>
  );
}
