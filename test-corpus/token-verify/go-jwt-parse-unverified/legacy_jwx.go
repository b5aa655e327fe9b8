package kiosk

import (
	"net/http"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwt"
)

// BadgeOwner reads the badge token posted by the kiosk (jwx v1).
func BadgeOwner(r *http.Request) (string, error) {
	// expect: jwx v1 parses without verifying when no key is given
	tok, err := jwt.ParseString(r.FormValue("badge"))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// BadgeOwnerVerified is the fixed version used by the new kiosks.
func BadgeOwnerVerified(r *http.Request, key interface{}) (string, error) {
	// ok: jwx v1 with WithVerify(alg, key)
	tok, err := jwt.ParseString(r.FormValue("badge"), jwt.WithVerify(jwa.RS256, key))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
