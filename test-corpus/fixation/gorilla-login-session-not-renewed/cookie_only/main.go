package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// Login: the cookie store keeps the whole session in the cookie, re-encoded on save.
func Login(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	session, _ := store.Get(r, "expenses")
	// ok: client-side cookie store, no server-side id to fix
	session.Values["user_id"] = u.ID
	_ = session.Save(r, w)
}
