package billing

import (
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
)

func Setup(app *fiber.App) {
	app.Use(encryptcookie.New(encryptcookie.Config{
		// expect: fiber encryptcookie key literal
		Key: "Jx7bW2tq9r8mN4vZ1cY6pL3kD5sH0gF2eA8uR7iO9wE=",
	}))
}

func SetupFromEnv(app *fiber.App) {
	app.Use(encryptcookie.New(encryptcookie.Config{
		// ok: key from the environment
		Key: os.Getenv("BILLING_COOKIE_KEY"),
	}))
}
