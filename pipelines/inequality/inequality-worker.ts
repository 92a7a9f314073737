import { parentPort } from "node:worker_threads";
import { type InequalityGroup, inequalityRows } from "./inequality-rows.ts";

/** A worker thread of inequality-workers.ts: each message is a batch of groups, each answer its rows. */
parentPort?.on("message", (groups: InequalityGroup[]) => {
  parentPort?.postMessage(inequalityRows(groups));
});
