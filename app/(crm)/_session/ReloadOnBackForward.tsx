"use client";

import { useEffect } from "react";

// A page restored from the back/forward cache skips the server. Reloading it sends the request
// through the session check, so after sign-out "back" lands on the login page.
export function ReloadOnBackForward() {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return null;
}
