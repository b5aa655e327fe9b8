package inventory

import (
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func echoLogin(c echo.Context) error {
	token, err := issueToken(c.FormValue("user"), c.FormValue("password"))
	if err != nil {
		return echo.ErrUnauthorized
	}
	// expect: echo handler, cookie struct assigned to a variable, flag never set
	cookie := &http.Cookie{Name: "stock_jwt", Value: token, Expires: time.Now().Add(time.Hour)}
	c.SetCookie(cookie)
	return c.NoContent(http.StatusNoContent)
}

func echoLoginFlagsLater(c echo.Context) error {
	token, _ := issueToken(c.FormValue("user"), c.FormValue("password"))
	// ok: HttpOnly assigned on the same variable below
	sc := &http.Cookie{Name: "stock_jwt", Value: token, Path: "/"}
	sc.HttpOnly = true
	sc.Secure = true
	c.SetCookie(sc)
	return nil
}

func fiberLogin(c *fiber.Ctx) error {
	sid := startSession(c.FormValue("badge"))
	// expect: fiber cookie literal without HTTPOnly
	c.Cookie(&fiber.Cookie{Name: "warehouse_session", Value: sid, Secure: true, SameSite: "Lax"})
	// ok: fiber cookie with HTTPOnly
	c.Cookie(&fiber.Cookie{Name: "warehouse_refresh", Value: sid, Secure: true, HTTPOnly: true})
	return c.SendStatus(fiber.StatusNoContent)
}

func echoRememberUser(c echo.Context, userID string) error {
	// expect: the user id cookie identifies the user, HttpOnly missing
	c.SetCookie(&http.Cookie{Name: "stock_user_id", Value: userID, Secure: true, MaxAge: 86400})
	return nil
}
