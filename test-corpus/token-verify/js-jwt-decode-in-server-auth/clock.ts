// Shared utility used by the browser app and scripts: no server context.
import { jwtDecode } from "jwt-decode";

export function minutesLeft(token: string): number {
  // ok: not a server file, no request in scope
  const claims = jwtDecode<{ exp: number; name: string }>(token);
  return Math.round((claims.exp * 1000 - Date.now()) / 60000);
}
