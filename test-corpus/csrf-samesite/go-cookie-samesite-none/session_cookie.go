package auth

import (
	"net/http"
	"time"

	"github.com/acme/hrportal/internal/config"
)

const sessionCookieName = "hr_session"

// IssueSessionCookie writes the portal session cookie after a successful login.
func IssueSessionCookie(w http.ResponseWriter, sessionID string, ttl time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookieName,
		Value:    sessionID,
		Path:     "/",
		Expires:  time.Now().Add(ttl),
		Secure:   true,
		HttpOnly: true,
		// expect: the session cookie is sent on cross-site requests
		SameSite: http.SameSiteNoneMode,
	})
}

// IssueCSRFCookie writes the double-submit token read by the SPA.
func IssueCSRFCookie(w http.ResponseWriter, token string) {
	cookie := http.Cookie{
		Name:   "hr_csrf",
		Value:  token,
		Path:   "/",
		Secure: true,
		// ok: Strict keeps the token cookie same-site
		SameSite: http.SameSiteStrictMode,
	}
	http.SetCookie(w, &cookie)
}

// PayslipWidgetCookie is used by the payslip viewer embedded in the intranet.
func PayslipWidgetCookie(w http.ResponseWriter, r *http.Request, viewerID string) {
	c := &http.Cookie{Name: "payslip_viewer", Value: viewerID, Path: "/payslips", Secure: true, HttpOnly: true}
	if r.URL.Query().Get("embedded") == "1" {
		// expect: assignment of SameSiteNoneMode on an existing cookie
		c.SameSite = http.SameSiteNoneMode
	} else {
		// ok: Lax for the standalone viewer
		c.SameSite = http.SameSiteLaxMode
	}
	http.SetCookie(w, c)
}

// PreferenceCookie stores the UI language; the mode comes from the deployment config.
func PreferenceCookie(w http.ResponseWriter, cfg *config.Cookies, lang string) {
	http.SetCookie(w, &http.Cookie{
		Name:  "hr_lang",
		Value: lang,
		Path:  "/",
		// ok: mode read from configuration, not a hard-coded None
		SameSite: cfg.SameSite,
	})
}

// RememberDeviceCookie marks a device as trusted for MFA.
func RememberDeviceCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "hr_trusted_device",
		Value:    token,
		MaxAge:   int((30 * 24 * time.Hour).Seconds()),
		Secure:   true,
		HttpOnly: true,
		// ok: the default mode lets the browser apply its own (Lax) default
		SameSite: http.SameSiteDefaultMode,
	})
}
