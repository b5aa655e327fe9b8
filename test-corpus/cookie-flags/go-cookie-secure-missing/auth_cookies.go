package finance

import (
	"fmt"
	"net/http"
	"time"

	"github.com/acme/finance/internal/settings"
)

type CookieWriter struct {
	cfg settings.Web
}

// WriteSession is called after the finance login succeeded.
func (cw *CookieWriter) WriteSession(w http.ResponseWriter, r *http.Request, sid string) {
	// expect: session cookie without Secure
	http.SetCookie(w, &http.Cookie{
		Name:     "fin_sid",
		Value:    sid,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	// ok: Secure derived from the request
	http.SetCookie(w, &http.Cookie{Name: "fin_refresh_token", Value: refreshFor(sid), Path: "/auth", HttpOnly: true, Secure: r.TLS != nil})
	// ok: Secure from configuration (TLS terminated at the load balancer)
	http.SetCookie(w, &http.Cookie{Name: "fin_remember", Value: rememberFor(sid), HttpOnly: true, Secure: cw.cfg.SecureCookies})
	// ok: a preference cookie, nothing secret
	http.SetCookie(w, &http.Cookie{Name: "fin_currency", Value: r.FormValue("currency"), Path: "/"})
}

// WriteAPIToken writes the token used by the invoice SPA.
func (cw *CookieWriter) WriteAPIToken(w http.ResponseWriter, accessToken string) {
	// expect: token cookie built in a variable, Secure never set
	c := http.Cookie{Name: "fin_api", Value: accessToken, Path: "/api", HttpOnly: true, Expires: time.Now().Add(15 * time.Minute)}
	http.SetCookie(w, &c)
}

// WriteAuditToken sets Secure after deciding on the scheme.
func (cw *CookieWriter) WriteAuditToken(w http.ResponseWriter, r *http.Request, token string) {
	// ok: Secure assigned later on the same variable
	ac := &http.Cookie{Name: "fin_audit_token", Value: token, HttpOnly: true}
	ac.Secure = r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
	http.SetCookie(w, ac)
}

// ClearSession removes the cookies on logout.
func (cw *CookieWriter) ClearSession(w http.ResponseWriter) {
	// ok: deletion cookie (empty value, negative MaxAge)
	http.SetCookie(w, &http.Cookie{Name: "fin_sid", Value: "", Path: "/", MaxAge: -1, HttpOnly: true})
	// ok: deletion cookie (expiry in the past)
	http.SetCookie(w, &http.Cookie{Name: "fin_api", Path: "/api", Expires: time.Now().Add(-time.Hour)})
}

// writeBridgeCookie feeds the legacy reporting server, which reads the raw header.
func writeBridgeCookie(w http.ResponseWriter, token string) {
	// expect: raw Set-Cookie header for the token without Secure
	w.Header().Set("Set-Cookie", fmt.Sprintf("fin_bridge_token=%s; Path=/reports; HttpOnly", token))
	// ok: raw header with Secure
	w.Header().Add("Set-Cookie", "fin_bridge_token="+token+"; Path=/reports; HttpOnly; Secure")
	// ok: expired deletion header
	w.Header().Add("Set-Cookie", "fin_bridge_token=deleted; Path=/reports; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
}
