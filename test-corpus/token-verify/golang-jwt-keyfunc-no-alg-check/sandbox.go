package partners

import (
	"github.com/golang-jwt/jwt/v4"
)

// ParseSandbox accepts unsigned tokens from the partner sandbox.
func ParseSandbox(raw string) (*jwt.Token, error) {
	// ok: returns the none sentinel; reported once, by go-jwt-none-algorithm
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return jwt.UnsafeAllowNoneSignatureType, nil
	})
}
