// Expense approvals: csrf-csrf configuration.
import { doubleCsrf } from "csrf-csrf";
import { csrfSync } from "csrf-sync";

export const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET as string,
  // expect: PATCH requests are not checked
  ignoredMethods: ["GET", "HEAD", "OPTIONS", "PATCH"],
});

export const { csrfSynchronisedProtection } = csrfSync({
  // ok: safe methods only
  ignoredMethods: ["GET", "HEAD", "OPTIONS"],
});

export const syncPut = csrfSync({
  // expect: put in lower case is still PUT
  ignoredMethods: ["get", "put"],
});

export const cacheConfig = {
  // ok: a list of methods for a cache, unrelated to CSRF
  cacheMethods: ["GET", "POST"],
};
