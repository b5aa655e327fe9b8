package newsletter

import (
	"time"

	"github.com/acme/newsletter/internal/simplesessions"
)

func newManager() *simplesessions.Manager {
	// ok: another session library whose Options type nests its own cookie settings
	return simplesessions.New(simplesessions.Options{
		SessionIDLength: 64,
		Cookie:          simplesessions.CookieOptions{IsHTTPOnly: true, IsSecure: true, MaxAge: 7 * 24 * time.Hour},
	})
}
