package expenses

import (
	"net/http"
	"strings"

	"github.com/gorilla/csrf"
)

// SkipCSRFForAPI lets token-authenticated API clients through; they never send the session cookie.
func SkipCSRFForAPI(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			// ok: bearer-token request, cookies are not used for auth
			r = csrf.UnsafeSkipCheck(r)
		}
		next.ServeHTTP(w, r)
	})
}

// SkipCSRFForUploads was added because the receipt scanner app could not send the token.
func SkipCSRFForUploads(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/receipts/upload") {
			// expect: path-based skip, the upload handler authenticates by session cookie
			r = csrf.UnsafeSkipCheck(r)
		}
		next.ServeHTTP(w, r)
	})
}

// SkipForMachines accepts the accounting system's API key instead of the CSRF token.
func SkipForMachines(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if key := r.Header.Get("X-API-Key"); key != "" && validAPIKey(key) {
			// ok: API key request
			next.ServeHTTP(w, csrf.UnsafeSkipCheck(r))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// webhook is called by the payment provider.
func webhook(w http.ResponseWriter, r *http.Request) {
	// expect: skip for a handler that reads the session below
	r = csrf.UnsafeSkipCheck(r)
	s := sessionFrom(r)
	approve(s.UserID, r.FormValue("expense_id"))
}
