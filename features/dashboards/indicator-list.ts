import "server-only";
import { directoryIndicators } from "@/features/directory/indicators";
import { meetingIndicators } from "@/features/meetings/indicators";
import { serdIndicators } from "@/features/serd/indicators";
import { toolsIndicators } from "@/features/tools/indicators";
import { trainingIndicators } from "@/features/training/indicators";
import type { AnyIndicator } from "./constants";
import { staffIndicators } from "./staff/indicators";

// THE list of computed indicators. An area adds its figures with one line here; the dashboard,
// the objectives and the benchmark read only this list.
export const indicatorRegistry: AnyIndicator[] = [
  ...directoryIndicators,
  ...meetingIndicators,
  ...serdIndicators,
  ...trainingIndicators,
  ...toolsIndicators,
  ...staffIndicators,
];

export function findIndicator(id: string): AnyIndicator | undefined {
  return indicatorRegistry.find((i) => i.id === id);
}
