package inventory

import (
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

const rememberMeSeconds = 60 * 60 * 24 * 365

func newGinStore() sessions.Store {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", []byte(os.Getenv("SESSION_KEY")))
	store.Options(sessions.Options{
		Path: "/",
		// expect: a week-long session
		MaxAge:   86400 * 7,
		HttpOnly: true,
		Secure:   true,
	})
	return store
}

func newGorillaStore() *gsessions.FilesystemStore {
	store := gsessions.NewFilesystemStore("/var/lib/inventory", []byte(os.Getenv("SESSION_KEY")))
	store.Options = &gsessions.Options{
		Path: "/",
		// ok: eight hours
		MaxAge:   8 * 3600,
		HttpOnly: true,
		Secure:   true,
	}
	return store
}

func expireNow(store *gsessions.FilesystemStore) {
	// ok: -1 deletes the session
	store.Options.MaxAge = -1
}

func legacyStore(store *gsessions.FilesystemStore) {
	// expect: 30 days
	store.Options.MaxAge = 86400 * 30
}

func newManager() *scs.SessionManager {
	sessionManager := scs.New()
	// expect: a month of absolute lifetime
	sessionManager.Lifetime = 30 * 24 * time.Hour
	// expect: 12 hours of idle time
	sessionManager.IdleTimeout = 12 * time.Hour
	return sessionManager
}

func newKioskManager() *scs.SessionManager {
	sessionManager := scs.New()
	// ok: 8 hours
	sessionManager.Lifetime = 8 * time.Hour
	// ok: 15 minutes idle
	sessionManager.IdleTimeout = 15 * time.Minute
	return sessionManager
}

func rememberMe(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:  "remember_token",
		Value: token,
		// expect: a year
		MaxAge:   rememberMeSeconds,
		HttpOnly: true,
		Secure:   true,
	})
}

func languageCookie(w http.ResponseWriter, lang string) {
	http.SetCookie(w, &http.Cookie{
		Name:  "lang",
		Value: lang,
		// ok: not a session cookie
		MaxAge: 60 * 60 * 24 * 365,
	})
}

func ginLogin(c *gin.Context, sid string) {
	// expect: gin cookie for a year
	c.SetCookie("session_id", sid, 3600*24*365, "/", "", true, true)
	// ok: one hour
	c.SetCookie("auth_token", sid, 3600, "/", "", true, true)
}

func ginRememberWeek(c *gin.Context, token string) {
	// ok: 14 days remember-me is within the limit
	http.SetCookie(c.Writer, &http.Cookie{Name: "remember_token", Value: token, Expires: time.Now().Add(14 * 24 * time.Hour), HttpOnly: true, Secure: true})
}
