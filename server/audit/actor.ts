import { AsyncLocalStorage } from "node:async_hooks";

// Who is acting in the current request. The access wrappers (runNetworkAction, adminAction,
// publicAction, withNetwork) run their handler inside `withActor`, so that a mutation records
// itself with a one-line `audit(tx, …)` call and no actor parameter threaded through features.

const storage = new AsyncLocalStorage<{ actorId: string | null }>();

export function withActor<T>(actorId: string | null, fn: () => Promise<T>): Promise<T> {
  return storage.run({ actorId }, fn);
}

/** The acting user, or null outside an access wrapper (jobs, scripts) and for anonymous callers. */
export function currentActorId(): string | null {
  return storage.getStore()?.actorId ?? null;
}
