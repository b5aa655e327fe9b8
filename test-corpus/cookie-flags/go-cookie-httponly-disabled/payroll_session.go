package payroll

import (
	"net/http"
	"time"

	"github.com/acme/payroll/internal/settings"
	"github.com/gorilla/sessions"
)

type SessionIssuer struct {
	cfg   settings.Cookies
	store *sessions.FilesystemStore
}

func NewSessionIssuer(cfg settings.Cookies, dir string, keys [][]byte) *SessionIssuer {
	store := sessions.NewFilesystemStore(dir, keys...)
	store.Options = &sessions.Options{
		Path:   "/payroll",
		MaxAge: 4 * 3600,
		Secure: true,
		// expect: gorilla session cookie readable from JavaScript
		HttpOnly: false,
	}
	return &SessionIssuer{cfg: cfg, store: store}
}

// Issue writes the payroll session id after login.
func (s *SessionIssuer) Issue(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{
		Name:   "payroll_sid",
		Value:  sid,
		Path:   "/payroll",
		Secure: true,
		// expect: the session id cookie has HttpOnly turned off
		HttpOnly: false,
	})
}

// IssueFromSettings lets operators choose the flag per environment.
func (s *SessionIssuer) IssueFromSettings(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{
		Name:   "payroll_sid",
		Value:  sid,
		Secure: s.cfg.Secure,
		// ok: value from configuration, not an explicit false
		HttpOnly: s.cfg.HTTPOnly,
	})
}

// IssueStrict is the default used by the new portal.
func (s *SessionIssuer) IssueStrict(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "payroll_sid", Value: sid, Path: "/payroll", Secure: true}
	// ok: HttpOnly switched on
	c.HttpOnly = true
	c.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, c)
}

// ExportTicket is read by the download page script, and set for the legacy viewer.
func (s *SessionIssuer) ExportTicket(w http.ResponseWriter, ticket string) {
	c := http.Cookie{Name: "export_ticket", Value: ticket, Path: "/payroll/export", Secure: true, HttpOnly: true}
	if s.cfg.LegacyViewer {
		// expect: assignment turns HttpOnly off
		c.HttpOnly = false
	}
	http.SetCookie(w, &c)
}

// Logout clears the session cookie in the browser.
func (s *SessionIssuer) Logout(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:   "payroll_sid",
		Value:  "",
		Path:   "/payroll",
		MaxAge: -1,
		// ok: deletion cookie with no value; nothing to steal
		HttpOnly: false,
	})
	http.SetCookie(w, &http.Cookie{
		Name:    "export_ticket",
		Value:   "",
		Path:    "/payroll/export",
		Expires: time.Unix(0, 0),
		// ok: expired deletion cookie
		HttpOnly: false,
	})
}
