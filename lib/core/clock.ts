/** Milliseconds from a monotonic clock; injectable so tests control time. */
export type Clock = () => number;

export const monotonicClock: Clock = () => performance.now();
