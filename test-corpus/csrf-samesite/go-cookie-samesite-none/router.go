package inventory

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/gorilla/csrf"

	"github.com/acme/inventory/internal/audit"
	"github.com/acme/inventory/internal/policy"
)

func NewRouter(secrets Secrets) *gin.Engine {
	r := gin.New()

	store := cookie.NewStore(secrets.SessionKey)
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   8 * 3600,
		Secure:   true,
		HttpOnly: true,
		// expect: gin-contrib session cookie with SameSite=None
		SameSite: http.SameSiteNoneMode,
	})
	r.Use(sessions.Sessions("inventory", store))

	r.GET("/stock/export", func(c *gin.Context) {
		// expect: gin context setter for the cookies written below
		c.SetSameSite(http.SameSiteNoneMode)
		c.SetCookie("export_ticket", newTicket(), 300, "/stock", "", true, true)
		c.File(exportPath(c))
	})

	r.GET("/stock/labels", func(c *gin.Context) {
		// ok: Lax for the label printer page
		c.SetSameSite(http.SameSiteLaxMode)
		c.SetCookie("label_printer", c.Query("printer"), 3600, "/stock", "", true, true)
	})

	return r
}

func CSRFMiddleware(key []byte) func(http.Handler) http.Handler {
	return csrf.Protect(key,
		csrf.Secure(true),
		// ok: gorilla/csrf cookie restricted to same-site requests
		csrf.SameSite(csrf.SameSiteStrictMode),
	)
}

func LegacyScannerCSRF(key []byte) func(http.Handler) http.Handler {
	return csrf.Protect(key,
		csrf.Secure(true),
		// expect: the CSRF cookie itself is sent cross-site
		csrf.SameSite(csrf.SameSiteNoneMode),
	)
}

// cookieFindings feeds the weekly security report about third-party cookies seen by the proxy.
func cookieFindings(seen []audit.Cookie) []audit.Finding {
	var out []audit.Finding
	for _, c := range seen {
		if c.Attributes["SameSite"] == "None" {
			out = append(out, audit.Finding{
				Cookie: c.Name,
				// ok: a string in a report struct, not a cookie attribute
				SameSite: "None",
			})
		}
	}
	return out
}

// vendorPolicy describes the rules we expect from vendor iframes; it never sets a cookie.
var vendorPolicy = policy.Rule{
	Vendor: "label-printer-cloud",
	// ok: a SameSite field of another package's type with its own constant
	SameSite: policy.SameSiteNone,
}
