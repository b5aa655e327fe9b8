package partners

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v4"
)

var ErrUnsigned = errors.New("unsigned partner tokens are not accepted")

// ParsePartner accepts the tokens the old supplier portal sends.
func ParsePartner(raw string, keys map[string][]byte) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Header["alg"] == "none" {
			// expect: the keyfunc unlocks unsigned tokens
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		kid, _ := t.Header["kid"].(string)
		return keys[kid], nil
	})
}

// DebugToken builds an unsigned token for the partner sandbox.
func DebugToken(partnerID string) (string, error) {
	// expect: token created with the none algorithm
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"partner": partnerID})
	// expect: signed with the none sentinel
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

// StrictPartner refuses unsigned tokens explicitly.
func StrictPartner(raw string, key []byte) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ok: a comparison that rejects the none algorithm
		if t.Method == jwt.SigningMethodNone {
			return nil, ErrUnsigned
		}
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
		}
		return key, nil
	})
}

// DescribeAlg is used by the admin token inspector.
func DescribeAlg(t *jwt.Token) string {
	switch t.Method {
	// ok: switch case naming the algorithm to label it
	case jwt.SigningMethodNone:
		return "unsigned"
	default:
		return t.Method.Alg()
	}
}

// Issue signs partner tokens properly.
func Issue(claims jwt.MapClaims, key []byte) (string, error) {
	// ok: a real algorithm
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}
