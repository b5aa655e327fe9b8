package main

import (
	"log"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

var store = session.New(session.Config{
	Storage:        redis.New(redis.Config{Host: "localhost", Port: 6379}),
	Expiration:     2 * time.Hour,
	CookieHTTPOnly: true,
	CookieSecure:   true,
})

func main() {
	app := fiber.New()
	auth := &AuthHandler{users: NewUserService()}
	app.Post("/login", auth.Login)
	app.Post("/warehouse/signin", auth.WarehouseSignIn)
	app.Get("/sso/callback", auth.SSOCallback)
	app.Get("/login/history", auth.LoginHistory)
	app.Post("/pos/login", func(c *fiber.Ctx) error {
		clerk, err := auth.users.ByPIN(c.FormValue("pin"))
		if err != nil {
			return fiber.ErrUnauthorized
		}
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		// expect: inline /pos/login handler, session id kept
		sess.Set("clerk_id", clerk.ID)
		return sess.Save()
	})
	log.Fatal(app.Listen(":3000"))
}
