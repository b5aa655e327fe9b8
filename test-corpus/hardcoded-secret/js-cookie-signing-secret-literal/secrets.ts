// Shared secrets module for the inventory services.
import cookieParser from "cookie-parser";

// expect: exported constant with a literal fallback
export const SESSION_SECRET = process.env.SESSION_SECRET || "inventory-session-dev";

// expect: used by cookieParser below: one finding, at this literal
const COOKIE_SECRET = process.env.COOKIE_SECRET ?? "inventory-cookie-dev";
// ok: the finding points at the COOKIE_SECRET literal above
export const parser = cookieParser(COOKIE_SECRET);

// ok: from the environment, no fallback
export const COOKIE_SIGNING_KEY = process.env.COOKIE_SIGNING_KEY as string;
