package payroll

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/sessions"
)

var sessionManager = scs.New()
var hrStore = sessions.NewFilesystemStore("/var/lib/hr", []byte("k"))

// logoutPost clears the cookie by hand and leaves the scs session alive.
func logoutPost(w http.ResponseWriter, r *http.Request) {
	// expect: the scs session stays in the store
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// HandleLogout destroys the scs session.
func HandleLogout(w http.ResponseWriter, r *http.Request) {
	if err := sessionManager.Destroy(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	// ok: Destroy above
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: "", Path: "/", Expires: time.Unix(0, 0)})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// HRLogout deletes the gorilla filesystem session.
func HRLogout(w http.ResponseWriter, r *http.Request) {
	session, _ := hrStore.Get(r, "hr")
	session.Options.MaxAge = -1
	_ = session.Save(r, w)
	// ok: MaxAge -1 + Save deletes the server-side record
	http.SetCookie(w, &http.Cookie{Name: "hr_csrf", Value: "", Path: "/", MaxAge: -1})
}

// ExpenseLogout only expires the JWT cookie with a past date.
func ExpenseLogout(w http.ResponseWriter, r *http.Request) {
	// expect: expired cookie, JWT still valid
	http.SetCookie(w, &http.Cookie{Name: "expense_jwt", Value: "", Path: "/", Expires: time.Now().Add(-time.Hour)})
	w.WriteHeader(http.StatusNoContent)
}

// FiberLogout clears the cookie of the fiber front end.
func FiberLogout(c *fiber.Ctx) error {
	// expect: fiber ClearCookie only
	c.ClearCookie("jwt")
	return c.SendStatus(fiber.StatusNoContent)
}

// FiberSignOut denylists the token id.
func FiberSignOut(c *fiber.Ctx) error {
	jti := c.Locals("jti").(string)
	if err := denylist.Set(c.Context(), "denylist:"+jti, 1, 15*time.Minute).Err(); err != nil {
		return err
	}
	// ok: the token id is written to a denylist first
	c.ClearCookie("jwt")
	return c.SendStatus(fiber.StatusNoContent)
}
