package approvals

import (
	"github.com/golang-jwt/jwt/v5"
)

// Verify checks approval links.
func Verify(raw string, key []byte) (*jwt.Token, error) {
	// ok: WithValidMethods on the call
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}
