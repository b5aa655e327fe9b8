"use client";
// Expense app: header banner showing who is signed in (browser code).
import { decode } from "jsonwebtoken";
import { useMemo } from "react";

export function SignedInAs({ token }: { token: string }) {
  // ok: browser component decoding its own token for display
  const claims = useMemo(() => decode(token) as { name: string } | null, [token]);
  return <span>{claims?.name}</span>;
}
