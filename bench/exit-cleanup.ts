/**
 * Clean-up that must happen even when the bench is interrupted: the servers and pipelines it starts run in
 * their own process groups (so they can be stopped together), which also means Ctrl-C does not reach them.
 * Tasks run synchronously on exit; SIGINT and SIGTERM are turned into an exit so they run then too.
 */
const tasks = new Set<() => void>();
let installed = false;

/** Runs `task` when the process exits, unless the returned function is called first. */
export function atExit(task: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on("exit", () => {
      for (const pending of tasks) {
        try {
          pending();
        } catch {
          // keep going: the other tasks still need to run
        }
      }
    });
    process.once("SIGINT", () => process.exit(130));
    process.once("SIGTERM", () => process.exit(143));
  }
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Kills a detached child's whole process group on exit, until the child has exited by itself. */
export function killGroupAtExit(pid: number | undefined): () => void {
  return atExit(() => {
    if (pid) process.kill(-pid, "SIGKILL");
  });
}
