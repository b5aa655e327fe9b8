package auth

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestParseRejectsWrongKey(t *testing.T) {
	// ok: test keys never reach production (the rule skips *_test.go)
	signed, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"eid": "e-1"}).SignedString([]byte("wrong-key"))
	if _, err := ParseLegacy(signed); err == nil {
		t.Fatal("expected a signature error")
	}
}
