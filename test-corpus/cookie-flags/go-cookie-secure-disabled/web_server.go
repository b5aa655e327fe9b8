package procurement

import (
	"net/http"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"github.com/acme/procurement/internal/config"
)

func Router(cfg *config.Config, keys [][]byte) *gin.Engine {
	r := gin.New()
	store := cookie.NewStore(keys...)
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   8 * 3600,
		HttpOnly: true,
		// expect: gin-contrib session cookie sent over plain HTTP
		Secure: false,
	})
	r.Use(sessions.Sessions("procurement", store))

	r.POST("/login", func(c *gin.Context) {
		token := login(c)
		// expect: gin SetCookie with secure=false
		c.SetCookie("po_token", token, 3600, "/", cfg.Domain, false, true)
		// ok: secure flag from configuration
		c.SetCookie("po_refresh", refresh(c), 86400, "/auth", cfg.Domain, cfg.SecureCookies, true)
	})
	r.POST("/logout", func(c *gin.Context) {
		// ok: deletion cookie (negative max age)
		c.SetCookie("po_token", "", -1, "/", cfg.Domain, false, true)
	})
	return r
}

func approvalCookie(w http.ResponseWriter, r *http.Request, cfg *config.Config, approval string) {
	c := &http.Cookie{Name: "po_approval", Value: approval, HttpOnly: true, Secure: true}
	if cfg.DevMode {
		// ok: plain-HTTP development server only
		c.Secure = false
	}
	if r.TLS != nil {
		c.Secure = true
	} else {
		// ok: else branch of a TLS check
		c.Secure = false
	}
	if cfg.LegacyProxy {
		// expect: turned off for a production proxy setting
		c.Secure = false
	}
	http.SetCookie(w, c)
}

func clearApproval(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:    "po_approval",
		Expires: time.Unix(0, 0),
		// ok: expired deletion cookie
		Secure: false,
	})
}

// switchToPlainHTTP is called when the administrator turns TLS off for the panel.
func switchToPlainHTTP(c *gin.Context, cfg *config.Config, mode string) {
	if mode == "http" || cfg.TLS == "disabled" {
		sid, _ := c.Cookie("po_session")
		// ok: the panel now only serves plain HTTP
		c.SetCookie("po_session", sid, 0, "/", "", false, true)
	}
}
