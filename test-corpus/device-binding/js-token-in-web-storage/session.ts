const STORAGE_KEYS = { jwt: "hr.jwt", theme: "hr.theme", oauthState: "hr.oauth.state" } as const;

export function persistSession(jwt: string): void {
  // expect: property assignment of the JWT
  localStorage.token = jwt;
  // expect: subscript assignment
  localStorage["jwt"] = jwt;
  // expect: key from a keys object
  sessionStorage.setItem(STORAGE_KEYS.jwt, jwt);
}

export function beginOAuth(state: string, verifier: string): void {
  // ok: OAuth state, not a credential
  sessionStorage.setItem("oauth_state", state);
  // ok: PKCE verifier
  sessionStorage.setItem("pkce_code_verifier", verifier);
  // ok: CSRF token read by forms
  localStorage.setItem("csrfToken", readMeta("csrf-token"));
}
