import "server-only";
// The writes of the shared tools that other areas and route handlers may call (actions.ts holds
// the user-facing ones). Area-internal modules: library.ts, items.ts, reservations.ts.
export { addResource, recordDownload as recordDownloadOf, resourceSearchText } from "./library";
export { addItem, addItemPhoto, deleteItemPhoto, updateItem } from "./items";
export { checkOut, decideReservation, requestReservation, returnLoan, type Actor } from "./reservations";
export { createMethodSheet, saveMethodSheet, type MethodSheetInput } from "./method-sheets";
export { addCollection, attachResource, detachResource, type AttachTarget } from "./library";
