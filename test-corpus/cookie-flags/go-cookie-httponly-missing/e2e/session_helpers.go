package e2e

import "net/http"

// loginCookie fakes the session cookie for browser-less end-to-end tests.
func loginCookie(w http.ResponseWriter, sid string) {
	// ok: end-to-end test helpers are skipped (e2e folder)
	http.SetCookie(w, &http.Cookie{Name: "hr_session", Value: sid})
}
