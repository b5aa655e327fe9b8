package inventory

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func New(store sessions.Store) *echo.Echo {
	e := echo.New()
	// expect: echo-contrib sessions, PUT route, no CSRF
	e.Use(session.Middleware(store))
	e.PUT("/stock/:sku", adjustStock)
	return e
}
