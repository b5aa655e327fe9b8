package api

import (
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

type AuthAPI struct {
	users  *UserRepo
	claims *ClaimsBuilderPool
	key    []byte
}

// Login issues a JWT; this project has no fiber session middleware.
func (a *AuthAPI) Login(c *fiber.Ctx) error {
	user, err := a.users.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return fiber.ErrUnauthorized
	}
	builder := a.claims.Get()
	// ok: a claims builder, not a fiber session (no session middleware imported in this project)
	builder.Set("user_id", user.ID)
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, builder.Claims()).SignedString(a.key)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"token": signed})
}
