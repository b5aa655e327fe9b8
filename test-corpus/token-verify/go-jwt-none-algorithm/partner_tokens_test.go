package partners

import (
	"testing"

	"github.com/golang-jwt/jwt/v4"
)

func TestStrictPartnerRejectsNone(t *testing.T) {
	// ok: tests build unsigned tokens to check they are refused
	raw, _ := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{}).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if _, err := StrictPartner(raw, []byte("k")); err == nil {
		t.Fatal("unsigned token accepted")
	}
}
