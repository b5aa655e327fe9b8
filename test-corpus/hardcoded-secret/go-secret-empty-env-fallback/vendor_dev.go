package approvals

import (
	"log"
	"os"

	"github.com/golang-jwt/jwt/v4"
)

func vendorToken(claims jwt.MapClaims) string {
	key := os.Getenv("VENDOR_KEY")
	if key == "" {
		// ok: the empty check aborts instead of defaulting
		log.Fatal("VENDOR_KEY is not set")
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))
	if err != nil {
		log.Fatal(err)
	}
	return signed
}
