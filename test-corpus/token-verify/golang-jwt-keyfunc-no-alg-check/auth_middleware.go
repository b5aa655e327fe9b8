package payroll

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v4"
)

type Authenticator struct {
	hmacKey []byte
	jwks    map[string][]byte
	pub     *rsa.PublicKey
}

// Middleware authenticates payroll API calls.
func (a *Authenticator) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		// expect: keyfunc returns a key for whatever alg the token names
		_, err := jwt.ParseWithClaims(raw, claims, func(token *jwt.Token) (interface{}, error) {
			kid, _ := token.Header["kid"].(string)
			key, ok := a.jwks[kid]
			if !ok {
				return nil, errors.New("unknown kid")
			}
			return key, nil
		})
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ParseHMAC checks the algorithm family first.
func (a *Authenticator) ParseHMAC(raw string) (*jwt.Token, error) {
	// ok: type assertion on token.Method
	return jwt.Parse(raw, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return a.hmacKey, nil
	})
}

// ParseRS checks the algorithm by name.
func (a *Authenticator) ParseRS(raw string) (*jwt.Token, error) {
	// ok: compares token.Method.Alg()
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != jwt.SigningMethodRS256.Alg() {
			return nil, errors.New("RS256 only")
		}
		return a.pub, nil
	})
}

// ParseHeaderAlg checks the header directly.
func (a *Authenticator) ParseHeaderAlg(raw string) (*jwt.Token, error) {
	// ok: checks token.Header["alg"]
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Header["alg"] != "HS512" {
			return nil, errors.New("HS512 only")
		}
		return a.hmacKey, nil
	})
}

// ParseDelegated lets the key registry decide.
func (a *Authenticator) ParseDelegated(raw string) (*jwt.Token, error) {
	// ok: the token is handed to a helper that may check it
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return a.keyFor(t)
	})
}

// expect: named keyfunc with no algorithm check
func (a *Authenticator) keyFor(t *jwt.Token) (interface{}, error) {
	return a.hmacKey, nil
}

// expect: keyfunc that ignores its (unnamed) token
func staticKey(*jwt.Token) (interface{}, error) {
	return []byte(strings.TrimSpace(readKeyFile())), nil
}
