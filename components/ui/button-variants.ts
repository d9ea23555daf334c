import { cva } from "class-variance-authority";

// Apart from Button, so that a client module can style a button without loading tailwind-merge
// (lib/cn): the root error page does, and it is part of every page's first load.
export const buttonVariants = cva(
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand text-brand-fg hover:brightness-110",
        secondary: "border border-line bg-white text-ink hover:bg-surface",
        danger: "bg-danger text-white hover:brightness-110",
        ghost: "text-ink underline-offset-4 hover:underline",
      },
    },
    defaultVariants: { variant: "primary" },
  },
);
