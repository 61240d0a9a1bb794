/**
 * The shape of a message tree with every leaf a string: English (and any later language) must have
 * exactly the keys of Vietnamese, the source of truth, or the type check fails.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
