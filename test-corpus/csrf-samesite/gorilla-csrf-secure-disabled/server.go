package payroll

import (
	"net/http"

	"github.com/gorilla/csrf"
	"github.com/gorilla/mux"

	"github.com/acme/payroll/internal/config"
)

func NewServer(cfg *config.Config, key []byte) http.Handler {
	r := mux.NewRouter()
	registerRoutes(r)

	opts := []csrf.Option{csrf.Path("/"), csrf.SameSite(csrf.SameSiteLaxMode)}
	if cfg.Environment == "development" {
		// ok: local development over http://localhost
		opts = append(opts, csrf.Secure(false))
	}
	// ok: the flag follows the configuration
	opts = append(opts, csrf.Secure(!cfg.PlainHTTP))
	return csrf.Protect(key, opts...)(r)
}

func NewIntranetServer(key []byte) http.Handler {
	r := mux.NewRouter()
	registerRoutes(r)
	// expect: production intranet server ships the CSRF cookie without Secure
	return csrf.Protect(key, csrf.Secure(false), csrf.Path("/"))(r)
}
