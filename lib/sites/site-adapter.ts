/**
 * How Rampart finds its way around one chat site's page: data, not code, so that admins can push
 * selector overrides through managed policy when a site changes its markup. Each list is ordered:
 * the first selector that matches wins.
 */
export interface SiteAdapter {
  id: string;
  /** Host names (exact) the adapter applies to. */
  hosts: string[];
  composer: string[];
  send: string[];
  /** Present while a reply is streaming. */
  streaming: string[];
  reply: string[];
}
