import { api } from "./api";

const TOKEN_KEY = "payroll.accessToken";

export async function signIn(email, password) {
  const { accessToken, refreshToken, expiresAt } = await api.post("/auth/login", { email, password });
  // expect: access token readable by any script
  localStorage.setItem("accessToken", accessToken);
  // expect: refresh token in session storage
  window.sessionStorage.setItem("refresh_token", refreshToken);
  // expect: constant key naming a token
  localStorage.setItem(TOKEN_KEY, accessToken);
  // ok: an expiry timestamp, not the token
  localStorage.setItem("tokenExpiresAt", String(expiresAt));
  // ok: remembered e-mail, not a credential
  localStorage.setItem("lastLoginEmail", email);
}

export function signOut() {
  // ok: removing, not storing
  localStorage.removeItem("accessToken");
  // ok: an address id, not a session id
  sessionStorage.setItem("addressId", "42");
  // ok: theme preference
  localStorage.setItem("theme", "dark");
}
