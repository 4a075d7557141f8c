import type { Result } from '../core/result.ts';
import type { SenderInfo } from './sender-check.ts';

/**
 * A feature's own message: its type (`page:*` for extension pages, `tab:*` for content scripts;
 * the sender check already vouched for the caller by that prefix) and its handler, which
 * validates the body itself — an invalid body is an `err` result, never a throw. Features
 * (settings, audit, kids, statistics) register routes in start-background.ts, so adding a message
 * does not grow one central switch.
 */
export interface MessageRoute {
  type: `page:${string}` | `tab:${string}`;
  handle(body: Readonly<Record<string, unknown>>, sender: SenderInfo): Promise<Result<unknown>>;
}

/** Routes by type; two routes with one type are a wiring bug, reported at start. */
export function routeTable(routes: readonly MessageRoute[]): ReadonlyMap<string, MessageRoute> {
  const table = new Map<string, MessageRoute>();
  for (const route of routes) {
    if (table.has(route.type)) throw new Error(`two message routes for ${route.type}`);
    table.set(route.type, route);
  }
  return table;
}
