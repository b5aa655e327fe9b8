package inventory

import (
	"time"

	"github.com/gofiber/fiber/v2/middleware/session"
)

func fiberStores() (*session.Store, *session.Store) {
	long := session.New(session.Config{
		// expect: 30 days
		Expiration:     30 * 24 * time.Hour,
		CookieHTTPOnly: true,
	})
	short := session.New(session.Config{
		// ok: two hours
		Expiration:     2 * time.Hour,
		CookieHTTPOnly: true,
	})
	return long, short
}
