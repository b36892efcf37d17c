"use client";

import { useCallback, useSyncExternalStore } from "react";

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

/** The comm panel's open state, remembered in localStorage; open on the server and by default. */
export function usePanelOpen(): [boolean, () => void] {
  const open = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY) !== "0",
    () => true,
  );
  const toggle = useCallback(() => {
    window.localStorage.setItem(KEY, open ? "0" : "1");
    window.dispatchEvent(new Event(EVENT));
  }, [open]);
  return [open, toggle];
}
