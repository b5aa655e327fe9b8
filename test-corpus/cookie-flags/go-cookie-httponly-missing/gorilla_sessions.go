package payroll

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

var store = gsessions.NewCookieStore(loadKeys()...)

func init() {
	// expect: gorilla store options replaced without HttpOnly
	store.Options = &gsessions.Options{Path: "/payroll", MaxAge: 3600 * 8, Secure: true}
}

func ginRouter(keys [][]byte) *gin.Engine {
	r := gin.New()
	cs := cookie.NewStore(keys...)
	// expect: gin-contrib session options without HttpOnly
	cs.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("payroll", cs))
	return r
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "payroll")
	// ok: deleting the session cookie
	s.Options = &gsessions.Options{Path: "/payroll", MaxAge: -1}
	_ = s.Save(r, w)
}

func rememberMe(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "payroll")
	// ok: per-session options with HttpOnly
	s.Options = &gsessions.Options{Path: "/payroll", MaxAge: 30 * 86400, Secure: true, HttpOnly: true}
	_ = s.Save(r, w)
}
