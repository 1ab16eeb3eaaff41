import { v7 as uuidv7 } from 'uuid';

/** Document ids are made on the device: time-ordered UUIDv7, unique without coordination. */
export function newId(): string {
  return uuidv7();
}
