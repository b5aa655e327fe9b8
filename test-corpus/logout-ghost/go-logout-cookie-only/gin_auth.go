package payroll

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type AuthHandler struct {
	tokens   *TokenStore
	sessions *SessionRegistry
}

func RegisterRoutes(r *gin.Engine, h *AuthHandler) {
	r.POST("/auth/logout", h.Logout)
	r.POST("/auth/signout", h.SignOut)
	r.POST("/auth/logoff", h.LogOff)
	r.GET("/reports/logout-all-devices", h.LogoutAllDevicesReport)
	r.POST("/kiosk/logout", func(c *gin.Context) {
		// expect: inline /kiosk/logout handler only drops the cookie
		c.SetCookie("kiosk_session", "", -1, "/", "", true, true)
		c.Status(http.StatusNoContent)
	})
}

// Logout forgets the JWT cookie in the browser only.
func (h *AuthHandler) Logout(c *gin.Context) {
	// expect: the access token cookie is expired, nothing is revoked
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

// SignOut revokes the refresh token through a helper of this file.
func (h *AuthHandler) SignOut(c *gin.Context) {
	if rt, err := c.Cookie("refresh_token"); err == nil {
		h.dropRefreshToken(c, rt)
	}
	// ok: dropRefreshToken deletes the stored refresh token
	c.SetCookie("refresh_token", "", -1, "/auth", "", true, true)
	c.Status(http.StatusNoContent)
}

func (h *AuthHandler) dropRefreshToken(c *gin.Context, raw string) {
	_ = h.tokens.DeleteByHash(c.Request.Context(), hashToken(raw))
}

// LogOff ends the server-side session through sessions.go.
func (h *AuthHandler) LogOff(c *gin.Context) {
	sid, _ := c.Cookie("payroll_sid")
	h.sessions.EndFor(c.Request.Context(), sid)
	// ok: EndFor (sessions.go) deletes the Redis record
	c.SetCookie("payroll_sid", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}

// LogoutAllDevicesReport is a report page that resets its filter cookie.
func (h *AuthHandler) LogoutAllDevicesReport(c *gin.Context) {
	// ok: not a logout handler
	c.SetCookie("report_filter", "", -1, "/reports", "", true, true)
	c.HTML(http.StatusOK, "logout_report.tmpl", nil)
}
