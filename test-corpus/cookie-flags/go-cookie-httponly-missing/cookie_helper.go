package portal

import "net/http"

// setCookie is the only way this package writes cookies: it forces the security flags.
func setCookie(w http.ResponseWriter, c *http.Cookie) {
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func issue(w http.ResponseWriter, sid string) {
	// ok: the helper of this file forces HttpOnly
	setCookie(w, &http.Cookie{Name: "portal_session", Value: sid, Path: "/"})
}
