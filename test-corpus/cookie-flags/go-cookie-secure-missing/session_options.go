package timesheets

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type App struct {
	store *sessions.CookieStore
}

func NewApp(keys [][]byte) *App {
	st := sessions.NewCookieStore(keys...)
	// expect: store options replaced without Secure
	st.Options = &sessions.Options{Path: "/", MaxAge: 12 * 3600, HttpOnly: true}
	return &App{store: st}
}

func NewSecureApp(keys [][]byte, secure bool) *App {
	hardened := sessions.NewCookieStore(keys...)
	// ok: Secure assigned on the same options right after
	hardened.Options = &sessions.Options{Path: "/", MaxAge: 12 * 3600, HttpOnly: true}
	hardened.Options.Secure = secure
	return &App{store: hardened}
}

func (a *App) Remember(w http.ResponseWriter, r *http.Request) error {
	s, err := a.store.Get(r, "timesheets")
	if err != nil {
		return err
	}
	// expect: per-session options drop the store's flags
	s.Options = &sessions.Options{Path: "/", MaxAge: 30 * 86400, HttpOnly: true}
	return s.Save(r, w)
}
