import { afterAll } from "vitest";
import { closeFileDbs, markSetupRegistered } from "./database";

// Runs before every test file (vitest.config.mts `setupFiles`), in the file's own module graph.
// It opens nothing: the database is created only when the file imports "@/test/db" (see there),
// so files without a database stay cheap. Root-level afterAll hooks run in reverse order of
// registration, so this one runs last, after the file's own afterAll hooks that may still
// need the database.
markSetupRegistered();
afterAll(closeFileDbs);
