package reports

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func ReadOnly(store sessions.Store) *echo.Echo {
	e := echo.New()
	// ok: only safe methods are served from this file
	e.Use(session.Middleware(store))
	e.GET("/reports/:id", showReport)
	e.GET("/health", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	return e
}

// ok: an HTTP client call, not a route
func notify(url string) {
	_, _ = http.Post(url, "application/json", nil)
}
