package kiosk

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// expect: fiber session store used by the POST handler below, no csrf.New
var store = session.New()

func Routes(app *fiber.App) {
	app.Post("/badge/clock-in", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		return clockIn(sess.Get("employee"))
	})
}
