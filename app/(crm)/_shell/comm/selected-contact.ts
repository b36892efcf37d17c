"use client";

import { useEffect, useSyncExternalStore } from "react";

/** The contact whose page is open, as the page tells the communication centre about it. */
export type SelectedContact = {
  contactId: string;
  name: string;
  accountId: string | null;
  /** The contact's own number (E.164), which the Call action dials before the account's. */
  phone: string | null;
};

let current: SelectedContact | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSelectedContact(): SelectedContact | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/**
 * Rendered by a contact's page: selects that customer in the action panel while the page is open
 * (the account page is recognised from its URL; a contact page also needs its account and number).
 */
export function SelectContact(props: SelectedContact) {
  const { contactId, name, accountId, phone } = props;
  useEffect(() => {
    current = { contactId, name, accountId, phone };
    emit();
    return () => {
      if (current?.contactId === contactId) {
        current = null;
        emit();
      }
    };
  }, [contactId, name, accountId, phone]);
  return null;
}
