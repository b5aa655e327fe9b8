package controllers

import (
	beego "github.com/beego/beego/v2/server/web"
)

type LoginController struct {
	beego.Controller
}

func (c *LoginController) Post() {
	token := issueToken(c.GetString("user"), c.GetString("password"))
	// expect: beego auth cookie without the secure argument
	c.Ctx.SetCookie("auth_token", token, 3600, "/")
	// ok: secure argument present
	c.Ctx.SetCookie("refresh_token", refreshFor(token), 86400, "/auth", "", true, true)
	c.Redirect("/", 302)
}

func (c *LoginController) Logout() {
	// ok: deletion cookie
	c.Ctx.SetCookie("auth_token", "", -1, "/")
}
