"use client";
import { createContext, useContext, type ReactNode } from "react";

export type ErrorMessages = { title: string; body: string; retry: string };

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * The root error page's three sentences, translated by the root layout. A plain context rather
 * than next-intl: the error page is part of every page's first load, and this keeps the message
 * catalogue and its formatting library off the pages that do not need them.
 */
export function ErrorMessagesProvider({
  messages,
  children,
}: {
  messages: ErrorMessages;
  children: ReactNode;
}) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error("useErrorMessages: no ErrorMessagesProvider (app/layout.tsx)");
  return messages;
}
