/**
 * One IndexedDB connection, opened on first use and opened again after a failure or after the
 * browser closed it (`onTerminated`: storage pressure, the user clearing site data). The stores
 * that keep data in IndexedDB (feedback exemplars, the decision cache) share this so a closed
 * connection never leaves them failing until the service worker restarts.
 */
export function reconnectingConnection<Database>(open: (onTerminated: () => void) => Promise<Database>): () => Promise<Database> {
  let database: Promise<Database> | undefined;
  return () => {
    if (!database) {
      const opening = open(() => {
        if (database === opening) database = undefined;
      });
      database = opening;
      opening.catch(() => {
        if (database === opening) database = undefined;
      });
    }
    return database;
  };
}
