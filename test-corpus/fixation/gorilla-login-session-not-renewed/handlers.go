package hrportal

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

type Handler struct {
	employees *EmployeeService
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	emp, err := h.employees.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	session, _ := store.Get(r, sessionName)
	if err != nil {
		// ok: a flash message is not identity
		session.Values["flash"] = "Invalid email or password"
		_ = session.Save(r, w)
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	// expect: the pre-login session id is kept
	session.Values["employee_id"] = emp.ID
	// expect: same session, still the old id
	session.Values["authenticated"] = true
	_ = session.Save(r, w)
	http.Redirect(w, r, "/payslips", http.StatusSeeOther)
}

// SignIn resets the id through a helper of this file.
func (h *Handler) SignIn(w http.ResponseWriter, r *http.Request) {
	emp, err := h.employees.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	session, _ := store.Get(r, sessionName)
	resetSessionID(session)
	// ok: resetSessionID empties session.ID, Save generates a new one
	session.Values["user_id"] = emp.ID
	_ = session.Save(r, w)
}

func resetSessionID(s *sessions.Session) {
	s.ID = ""
}

// OAuthCallback uses startFreshSession from store.go.
func (h *Handler) OAuthCallback(w http.ResponseWriter, r *http.Request) {
	emp, err := h.employees.FromOAuthCode(r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "oauth failed", http.StatusUnauthorized)
		return
	}
	session, _ := store.Get(r, sessionName)
	startFreshSession(w, r, session)
	// ok: the helper in another file deletes the old record and clears the id
	session.Values["user_email"] = emp.Email
	_ = session.Save(r, w)
}

// PostLogin builds a brand-new session object.
func (h *Handler) PostLogin(w http.ResponseWriter, r *http.Request) {
	emp, err := h.employees.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	session := sessions.NewSession(store, sessionName)
	session.Options = store.Options
	// ok: a new session, never loaded from the request
	session.Values["user_id"] = emp.ID
	_ = session.Save(r, w)
}

// loginHistory is a report page.
func (h *Handler) loginHistory(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, sessionName)
	// ok: not a login handler
	session.Values["report_user_id"] = r.URL.Query().Get("employee")
	_ = session.Save(r, w)
}

// EchoLogin serves the echo front end (echo-contrib/session over the same store).
func (h *Handler) EchoLogin(c echo.Context) error {
	emp, err := h.employees.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return echo.ErrUnauthorized
	}
	sess, _ := session.Get(sessionName, c)
	// expect: echo-contrib session loaded from the request, id kept
	sess.Values["user_id"] = emp.ID
	return sess.Save(c.Request(), c.Response())
}
