package hrapi

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

type EmployeeClaims struct {
	Department string `json:"dept"`
	Manager    bool   `json:"mgr"`
	jwt.RegisteredClaims
}

// RequireEmployee trusts the gateway to have checked the token. It no longer does.
func RequireEmployee(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bearer := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := &EmployeeClaims{}
		// expect: claims taken from an unverified token
		if _, _, err := jwt.NewParser().ParseUnverified(bearer, claims); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		ctx := context.WithValue(r.Context(), ctxKey("employee"), claims)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type Verifier struct {
	keys   map[string]interface{}
	parser *jwt.Parser
}

// Verify peeks at the issuer to pick the tenant key, then verifies the same token.
func (v *Verifier) Verify(raw string) (*EmployeeClaims, error) {
	peek := &jwt.RegisteredClaims{}
	// ok: the same token is verified below with ParseWithClaims
	if _, _, err := v.parser.ParseUnverified(raw, peek); err != nil {
		return nil, err
	}
	key, ok := v.keys[peek.Issuer]
	if !ok {
		return nil, errors.New("unknown issuer")
	}
	claims := &EmployeeClaims{}
	_, err := v.parser.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	})
	return claims, err
}

// ManagerFromCookie reads the manager flag for the approvals page.
func ManagerFromCookie(r *http.Request) bool {
	c, err := r.Cookie("hr_token")
	if err != nil {
		return false
	}
	claims := &EmployeeClaims{}
	parser := new(jwt.Parser)
	// expect: only a different token (the header one) is ever verified in this file
	if _, _, err := parser.ParseUnverified(c.Value, claims); err != nil {
		return false
	}
	return claims.Manager
}
