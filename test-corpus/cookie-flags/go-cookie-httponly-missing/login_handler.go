package hrportal

import (
	"fmt"
	"net/http"
	"time"

	"github.com/acme/hrportal/internal/config"
)

const sessionCookieName = "hr_session"

type LoginHandler struct {
	cfg      *config.Cookies
	sessions SessionStore
}

func (h *LoginHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sid, err := h.sessions.Create(r.Context(), r.FormValue("employee_id"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	// expect: session cookie without HttpOnly (named through a constant)
	http.SetCookie(w, &http.Cookie{
		Name:    sessionCookieName,
		Value:   sid,
		Path:    "/",
		Expires: time.Now().Add(8 * time.Hour),
		Secure:  true,
	})
	// ok: HttpOnly read from configuration
	http.SetCookie(w, &http.Cookie{
		Name:     "hr_remember",
		Value:    h.sessions.RememberToken(sid),
		Path:     "/",
		Secure:   true,
		HttpOnly: h.cfg.HTTPOnly,
	})
	// ok: UI preference, nothing secret in it
	http.SetCookie(w, &http.Cookie{Name: "hr_lang", Value: r.FormValue("lang"), Path: "/"})
	// ok: the double-submit CSRF cookie must be readable by the page
	http.SetCookie(w, &http.Cookie{Name: "hr_csrf_token", Value: newCSRFToken(), Path: "/", Secure: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Logout clears the cookies.
func (h *LoginHandler) Logout(w http.ResponseWriter, r *http.Request) {
	// ok: deletion cookie (negative MaxAge)
	http.SetCookie(w, &http.Cookie{Name: sessionCookieName, Value: "", Path: "/", MaxAge: -1})
	// ok: deletion cookie (expired)
	http.SetCookie(w, &http.Cookie{Name: "hr_remember", Path: "/", Expires: time.Unix(0, 0)})
}

// apiTokenCookie is used by the SPA login flow.
func apiTokenCookie(token string) *http.Cookie {
	// expect: returned cookie carries the API token (by its value)
	return &http.Cookie{Name: "hr_at", Value: token, Path: "/api", Secure: true}
}

// legacySSO is the old single sign-on bridge, still used by the kiosk terminals.
func legacySSO(w http.ResponseWriter, r *http.Request, sid string) {
	// expect: raw Set-Cookie header for the session without HttpOnly
	w.Header().Add("Set-Cookie", "hr_session="+sid+"; Path=/; Secure; SameSite=Lax")
	// ok: raw header with HttpOnly
	w.Header().Add("Set-Cookie", fmt.Sprintf("hr_remember=%s; Path=/; Secure; HttpOnly", sid))
	// ok: raw deletion header
	w.Header().Add("Set-Cookie", "hr_session=; Path=/; Max-Age=0")
	// ok: a preference cookie
	w.Header().Set("Set-Cookie", "hr_theme="+r.FormValue("theme")+"; Path=/")
}
