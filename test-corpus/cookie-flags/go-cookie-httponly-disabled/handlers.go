package warehouse

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/acme/warehouse/internal/audit"
)

const shiftCookieTTL = 12 * 3600

func RegisterShiftRoutes(r *gin.Engine, shifts ShiftService) {
	r.POST("/shift/start", func(c *gin.Context) {
		token, err := shifts.Start(c.PostForm("badge"))
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		// expect: gin SetCookie with httpOnly=false for the shift token
		c.SetCookie("shift_token", token, shiftCookieTTL, "/", "", true, false)
		c.Status(http.StatusNoContent)
	})

	r.POST("/shift/end", func(c *gin.Context) {
		shifts.End(c.GetHeader("X-Shift"))
		// ok: gin deletion cookie (negative max age)
		c.SetCookie("shift_token", "", -1, "/", "", true, false)
		c.Status(http.StatusNoContent)
	})

	r.POST("/shift/resume", func(c *gin.Context) {
		token := shifts.Resume(c.PostForm("badge"))
		// ok: httpOnly=true
		c.SetCookie("shift_token", token, shiftCookieTTL, "/", "", true, true)
	})
}

// upstreamCookieAudit records which attributes the legacy ERP sets on its cookies, for the
// weekly hardening report. It starts from "nothing seen" and flips flags as it parses.
func upstreamCookieAudit(resp *http.Response) []audit.CookieAttrs {
	var seen []audit.CookieAttrs
	for _, header := range resp.Header.Values("Set-Cookie") {
		attrs := audit.CookieAttrs{
			Raw:    header,
			Secure: false,
			// ok: a report struct of another package, not a cookie being set
			HttpOnly: false,
		}
		attrs.ParseFlags(header)
		seen = append(seen, attrs)
	}
	return seen
}

func RegisterLogout(r *gin.Engine) {
	r.POST("/shift/logout", func(c *gin.Context) {
		// ok: gin deletion cookie (empty value, max age 0)
		c.SetCookie("shift_token", "", 0, "/", "", true, false)
		// ok: gin double-submit CSRF cookie
		c.SetCookie("shift_csrf", newCSRF(), 3600, "/", "", true, false)
	})
}
