import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Document ids are made on the device: time-ordered UUIDv7, unique without coordination. */
export function newId(): string {
  return uuidv7();
}

const DERIVED_NAMESPACE = '6f1d4c52-8a0e-4b7e-9d3a-2c5f0e9b1a47';

/** The same id for the same name, wherever it is made: for documents that must exist once per thing. */
export function derivedId(name: string): string {
  return uuidv5(name, DERIVED_NAMESPACE);
}
