package timesheets

import (
	"github.com/golang-jwt/jwt/v5"
)

type Verifier struct {
	key    []byte
	parser *jwt.Parser
}

func NewVerifier(key []byte) *Verifier {
	return &Verifier{key: key, parser: jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("timesheets"))}
}

// ok: the parser of this file pins the algorithm with WithValidMethods
func (v *Verifier) keyFunc(t *jwt.Token) (interface{}, error) {
	return v.key, nil
}

func (v *Verifier) Verify(raw string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	_, err := v.parser.ParseWithClaims(raw, claims, v.keyFunc)
	return claims, err
}
