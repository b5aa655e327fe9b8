package billing

import (
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var sessionManager = scs.New()

func configureSessions(legacyWidgets bool) *session.Store {
	sessionManager.Lifetime = 12 * time.Hour
	if legacyWidgets {
		// expect: scs session cookie readable from scripts
		sessionManager.Cookie.HttpOnly = false
	}
	return session.New(session.Config{
		Expiration:   2 * time.Hour,
		CookieSecure: true,
		// expect: fiber session cookie without HttpOnly
		CookieHTTPOnly: false,
	})
}

func routes(app *fiber.App, store *session.Store) {
	app.Use(csrf.New(csrf.Config{
		CookieName:   "billing_csrf",
		CookieSecure: true,
		// ok: the CSRF cookie is read by the invoice editor's scripts (double submit)
		CookieHTTPOnly: false,
	}))
	app.Post("/invoices/export", func(c *fiber.Ctx) error {
		c.Cookie(&fiber.Cookie{
			Name:   "export_ticket",
			Value:  newTicket(),
			Secure: true,
			// expect: fiber cookie with HTTPOnly off
			HTTPOnly: false,
		})
		return c.SendStatus(fiber.StatusAccepted)
	})
	app.Post("/invoices/export/done", func(c *fiber.Ctx) error {
		c.Cookie(&fiber.Cookie{
			Name:    "export_ticket",
			Expires: time.Now().Add(-24 * time.Hour),
			// ok: expired deletion cookie
			HTTPOnly: false,
		})
		c.Cookie(&fiber.Cookie{
			Name:  "billing_xsrf",
			Value: csrfTokenFor(c),
			// ok: double-submit token cookie, read by scripts on purpose
			HTTPOnly: false,
		})
		return nil
	})
}
