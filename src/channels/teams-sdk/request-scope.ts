import { AsyncLocalStorage } from 'node:async_hooks';

/** What WatNu's express route hands to the SDK's turn (and gets back), across the SDK's own request handling. */
export interface RequestScope {
  /** The request's time (dev clock aware). */
  readonly now: Date;
  /** Set once the SDK accepted the request (token valid) and WatNu's route ran. */
  ran: boolean;
  /** Set when the activity came from a tenant WatNu does not serve. */
  refusedTenant?: string | null;
}

const scopes = new AsyncLocalStorage<RequestScope>();

export function inRequestScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  return scopes.run(scope, work);
}

export function currentScope(): RequestScope {
  return scopes.getStore() ?? { now: new Date(), ran: true };
}
