package controllers

import (
	beego "github.com/beego/beego/v2/server/web"
)

type AccountController struct {
	beego.Controller
}

// Impersonate lets support staff act as a customer for troubleshooting.
func (c *AccountController) Impersonate() {
	token := c.startSupportSession(c.GetString("username"))
	// expect: beego cookie without the httpOnly argument
	c.Ctx.SetCookie("support_token", token, 0, "/")
	// ok: a login-status flag with a literal value, read by the front end
	c.Ctx.SetCookie("logged_in", "true", 0, "/")
	// ok: beego cookie with secure and httpOnly arguments
	c.Ctx.SetCookie("support_session", c.Ctx.Input.CruSession.SessionID(nil), 3600, "/", "", true, true)
	// ok: preference cookie
	c.Ctx.SetCookie("theme", c.GetString("theme"), 0, "/")
	c.Data["json"] = map[string]string{"status": "ok"}
	_ = c.ServeJSON()
}

// StopImpersonating removes the cookie.
func (c *AccountController) StopImpersonating() {
	// ok: deletion (empty value, negative max age)
	c.Ctx.SetCookie("support_token", "", -1, "/")
}
