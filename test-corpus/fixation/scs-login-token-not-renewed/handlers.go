package main

import (
	"net/http"
)

const sessionKeyUserID = "authenticatedUserID"

func (app *application) userLoginPost(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	id, err := app.staff.Authenticate(r.PostForm.Get("email"), r.PostForm.Get("password"))
	if err != nil {
		app.sessionManager.Put(r.Context(), "flash", "Email or password is incorrect")
		http.Redirect(w, r, "/user/login", http.StatusSeeOther)
		return
	}
	// expect: the pre-login token becomes authenticated
	app.sessionManager.Put(r.Context(), sessionKeyUserID, id)
	http.Redirect(w, r, "/payslips", http.StatusSeeOther)
}

// adminSignIn renews through a helper of this file.
func (app *application) adminSignIn(w http.ResponseWriter, r *http.Request) {
	id, err := app.staff.AuthenticateAdmin(r.PostFormValue("email"), r.PostFormValue("password"), r.PostFormValue("otp"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := app.freshSession(r); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	// ok: freshSession renews the token first
	app.sessionManager.Put(r.Context(), "adminUserID", id)
	// ok: same handler, still after the renewal
	app.sessionManager.Put(r.Context(), "role", "payroll-admin")
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
}

func (app *application) freshSession(r *http.Request) error {
	return app.sessionManager.RenewToken(r.Context())
}

// ssoCallback renews through a helper defined in session_support.go.
func (app *application) ssoCallback(w http.ResponseWriter, r *http.Request) {
	email, err := app.staff.ExchangeCode(r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "sso failed", http.StatusUnauthorized)
		return
	}
	app.rotateSessionToken(w, r)
	// ok: rotateSessionToken (another file) calls RenewToken
	app.sessionManager.Put(r.Context(), "userEmail", email)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// HandleLogin only shows the form and a flash message.
func (app *application) HandleLogin(w http.ResponseWriter, r *http.Request) {
	// ok: not an identity key
	app.sessionManager.Put(r.Context(), "redirectAfterLogin", r.URL.Query().Get("next"))
	render(w, "login.tmpl", nil)
}

// loginHistory is a report, not a login.
func (app *application) loginHistory(w http.ResponseWriter, r *http.Request) {
	userID := r.URL.Query().Get("user")
	// ok: not a login handler despite the name
	app.sessionManager.Put(r.Context(), "lastViewedUserID", userID)
	app.audit.Render(w, userID)
}

// SignIn renews right after storing the user: the planted token is dropped just the same.
func (app *application) SignIn(w http.ResponseWriter, r *http.Request) {
	id, err := app.staff.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	// ok: RenewToken follows
	app.sessionManager.Put(r.Context(), "userID", id)
	_ = app.sessionManager.RenewToken(r.Context())
}

func (app *application) apiLogin(w http.ResponseWriter, r *http.Request) {
	id, err := app.staff.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	app.audit.Record("login", id)
	// expect: no renewal anywhere on this path (audit.Record does not renew)
	app.sessionManager.Put(r.Context(), "userID", id)
}
