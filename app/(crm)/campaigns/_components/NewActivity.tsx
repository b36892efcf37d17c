"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui";
import { ActivityForm } from "./ActivityForm.tsx";

export function NewActivity({ campaignId }: { campaignId: string }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <ActivityForm campaignId={campaignId} onDone={() => setOpen(false)} />
  ) : (
    <Button size="sm" variant="primary" onClick={() => setOpen(true)}>
      New activity
    </Button>
  );
}
