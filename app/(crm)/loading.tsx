import { LoadingState } from "@/app/_components/ui";

// Most CRM pages are lists: a table-shaped placeholder keeps the layout still while they load.
export default function Loading() {
  return <LoadingState />;
}
