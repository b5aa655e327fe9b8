package expenses

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func echoApp(e *echo.Echo, secure bool) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "header:X-CSRF-Token",
		CookieHTTPOnly: true,
		// expect: echo CSRF cookie without Secure
		CookieSecure: false,
	}))
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		// ok: from configuration
		CookieSecure: secure,
	}))
}

func fiberApp(app *fiber.App) *session.Store {
	app.Use(csrf.New(csrf.Config{
		CookieName: "exp_csrf",
		// expect: fiber CSRF cookie without Secure
		CookieSecure: false,
	}))
	return session.New(session.Config{
		CookieHTTPOnly: true,
		// expect: fiber session cookie without Secure
		CookieSecure: false,
	})
}

func receiptCookie(c *fiber.Ctx, ticket string) {
	c.Cookie(&fiber.Cookie{
		Name:     "receipt_ticket",
		Value:    ticket,
		HTTPOnly: true,
		// expect: fiber cookie with Secure off
		Secure: false,
	})
}

// auditRecord is written to the compliance log, it is not a cookie.
type auditRecord struct {
	Path   string
	Secure bool
}

func audit(r *http.Request) auditRecord {
	// ok: a struct of this package, not a cookie
	return auditRecord{Path: r.URL.Path, Secure: false}
}
