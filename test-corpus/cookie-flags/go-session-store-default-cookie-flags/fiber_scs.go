package kiosk

import (
	"github.com/alexedwards/scs/v2"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// expect: scs manager keeps Secure=false
var sessionManager = scs.New()

func Setup(app *fiber.App) (*session.Store, *session.Store) {
	// expect: fiber session store with default cookie flags
	badges := session.New()
	// ok: cookie flags configured
	shifts := session.New(session.Config{CookieHTTPOnly: true, CookieSecure: true, CookieSameSite: "Lax"})
	return badges, shifts
}
