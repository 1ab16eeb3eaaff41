/**
 * Runs `read` and lets an error of class `from` out as the error `to` makes of it, any other error
 * as it was: a lower layer's failure reaches the caller in the terms of the layer it called.
 */
export function translateError<T, E extends Error>(read: () => T, from: abstract new (...args: never[]) => E, to: (error: E) => Error): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof from) throw to(error);
    throw error;
  }
}
