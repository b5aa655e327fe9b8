package kiosk

import (
	"net/http"

	"github.com/gorilla/csrf"
)

type Options struct {
	Production bool
}

func protect(o Options, key []byte, h http.Handler) http.Handler {
	var secure csrf.Option
	if o.Production {
		secure = csrf.Secure(true)
	} else {
		// ok: the non-production branch
		secure = csrf.Secure(false)
	}
	return csrf.Protect(key, secure)(h)
}

func protectBadgeReaders(key []byte, h http.Handler) http.Handler {
	// expect: badge readers post over plain HTTP on the shop floor network
	return csrf.Protect(key, csrf.Secure(false), csrf.TrustedOrigins([]string{"badge.local"}))(h)
}
