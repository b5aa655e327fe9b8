package main

import (
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v4"
	"github.com/labstack/echo/v4"
)

var refreshSecret = []byte(os.Getenv("REFRESH_SECRET"))
var accessSecret = []byte(os.Getenv("ACCESS_SECRET"))

func main() {
	e := echo.New()
	e.POST("/api/token/refresh", func(c echo.Context) error {
		token, err := jwt.Parse(c.FormValue("refresh_token"), func(t *jwt.Token) (interface{}, error) { return refreshSecret, nil })
		if err != nil || !token.Valid {
			return echo.ErrUnauthorized
		}
		claims := token.Claims.(jwt.MapClaims)
		// expect: inline refresh route, no lookup
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": claims["sub"]}).SignedString(accessSecret)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"access_token": signed})
	})
	e.POST("/api/session/refresh", func(c echo.Context) error {
		token, err := jwt.Parse(c.FormValue("refresh_token"), func(t *jwt.Token) (interface{}, error) { return refreshSecret, nil })
		if err != nil || !token.Valid {
			return echo.ErrUnauthorized
		}
		claims := token.Claims.(jwt.MapClaims)
		if revoked(claims["jti"]) {
			return echo.ErrUnauthorized
		}
		// ok: the token id is checked against the revocation list
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": claims["sub"]}).SignedString(accessSecret)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"access_token": signed})
	})
	e.Logger.Fatal(e.Start(":8080"))
}
