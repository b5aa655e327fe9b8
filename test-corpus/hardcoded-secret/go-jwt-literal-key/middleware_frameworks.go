package httpapi

import (
	"os"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	jwt "github.com/appleboy/gin-jwt/v2"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/go-jose/go-jose/v3"

	"github.com/acme/inventory/internal/config"
)

func registerEcho(e *echo.Echo, cfg *config.Config) {
	api := e.Group("/api/stock")
	api.Use(echojwt.WithConfig(echojwt.Config{
		// expect: echo-jwt signing key is a literal
		SigningKey: []byte("inventory-api-key"),
	}))

	reports := e.Group("/api/reports")
	// ok: signing key read from configuration
	reports.Use(echojwt.WithConfig(echojwt.Config{SigningKey: []byte(cfg.ReportsJWTKey)}))

	legacy := e.Group("/legacy")
	// expect: legacy echo JWT middleware with a literal key
	legacy.Use(middleware.JWT([]byte("secret")))
}

func registerFiber(app *fiber.App) {
	app.Use("/warehouse", jwtware.New(jwtware.Config{
		// expect: fiber jwtware key literal
		SigningKey: jwtware.SigningKey{Key: []byte("warehouse-fiber-secret")},
	}))
	app.Use("/suppliers", jwtware.New(jwtware.Config{
		// ok: key from the environment
		SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("SUPPLIER_JWT_KEY"))},
	}))
}

func ginAuth() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "inventory",
		// expect: appleboy/gin-jwt Key literal
		Key:         []byte("gin jwt secret key 2022"),
		IdentityKey: "sku_admin",
	})
}

func joseSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{
		Algorithm: jose.HS256,
		// expect: go-jose HMAC key literal
		Key: []byte("delivery-notes-signing"),
	}, nil)
}

// ok: a signing key setting of an unrelated config struct is not a Config{SigningKey}/SigningKey{Key} literal
var uploadPolicy = config.Upload{Bucket: "invoices", Key: "uploads/"}
