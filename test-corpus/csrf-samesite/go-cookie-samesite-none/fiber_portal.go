package supplierportal

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
)

func Setup(app *fiber.App, embedded bool) *session.Store {
	cfg := session.Config{
		Expiration:     4 * time.Hour,
		CookieSecure:   true,
		CookieHTTPOnly: true,
		// expect: fiber session cookie sent cross-site
		CookieSameSite: "None",
	}
	if !embedded {
		// ok: Lax for the standalone portal
		cfg.CookieSameSite = "Lax"
	}
	app.Use(csrf.New(csrf.Config{
		CookieSecure: true,
		// expect: fiber CSRF cookie with the None constant
		CookieSameSite: fiber.CookieSameSiteNoneMode,
	}))
	app.Get("/widget/session", func(c *fiber.Ctx) error {
		c.Cookie(&fiber.Cookie{
			Name:     "widget_sid",
			Value:    newWidgetSession(),
			Secure:   true,
			HTTPOnly: true,
			// expect: fiber cookie SameSite none (lower case)
			SameSite: "none",
		})
		c.Cookie(&fiber.Cookie{
			Name:     "widget_lang",
			Value:    c.Query("lang"),
			// ok: Strict for the preference cookie
			SameSite: fiber.CookieSameSiteStrictMode,
		})
		return nil
	})
	return session.New(cfg)
}

func legacyEmbed(cfg *session.Config) {
	// expect: assignment to None on a fiber session config
	cfg.CookieSameSite = "None"
}
