"use client";

import { useCallback, useSyncExternalStore } from "react";
import { COMM_PANEL_COOKIE } from "./comm-panel-cookie.ts";

const KEY = "dealfloor.commPanelOpen";
const EVENT = "dealfloor:comm-panel";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/**
 * The comm panel's open state, remembered in localStorage (open by default). `serverOpen` is what
 * the server rendered; without it a collapsed panel would flash open on every full page load.
 */
export function usePanelOpen(serverOpen = true): [boolean, () => void] {
  const open = useSyncExternalStore(
    subscribe,
    () => {
      const stored = window.localStorage.getItem(KEY);
      return stored === null ? serverOpen : stored !== "0";
    },
    () => serverOpen,
  );
  const toggle = useCallback(() => {
    const next = open ? "0" : "1";
    window.localStorage.setItem(KEY, next);
    document.cookie = `${COMM_PANEL_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    window.dispatchEvent(new Event(EVENT));
  }, [open]);
  return [open, toggle];
}
