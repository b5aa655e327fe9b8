// Legacy invoice links: jose 2 API.
import { JWK, JWT } from "jose";

export function readInvoiceLink(token: string) {
  // expect: the None key accepts unsigned tokens
  return JWT.verify(token, JWK.None);
}

export function readSignedInvoiceLink(token: string, key: JWK.Key) {
  // ok: a real key
  return JWT.verify(token, key, { algorithms: ["ES256"] });
}
