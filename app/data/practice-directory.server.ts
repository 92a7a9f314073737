import { serverIndex } from "./engine.server";
import { type PracticeSummaryRow, practiceSummariesQuery } from "./queries/practice-summary";

/** A practice's summary on the current build, or a 404 response for a code the build does not hold. */
export async function requirePracticeSummary(practice: string): Promise<PracticeSummaryRow> {
  const directory = await serverIndex(practiceSummariesQuery, (row) => row.practice_code);
  const summary = directory.get(practice);
  if (!summary) throw new Response("Not found", { status: 404 });
  return summary;
}
