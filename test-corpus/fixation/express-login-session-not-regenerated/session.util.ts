import type { Request } from "express";

// Nest staff portal: start a fresh session id before elevating.
export async function rotateStaffSession(req: Request): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    req.session.regenerate((err) => (err ? reject(err) : resolve()))
  );
}
