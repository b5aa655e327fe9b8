package payroll

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// Mint builds a kiosk token; the typ claim says which kind.
func Mint(kind string, employeeID uint, key []byte) (string, error) {
	claims := jwt.MapClaims{
		"eid":  employeeID,
		"type": "device",
		// ok: typed as a device token, not an access token
		"exp": time.Now().AddDate(0, 6, 0).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

// legacyClaims uses StandardClaims (v4) for the warehouse scanner app.
func legacyClaims(subject string) jwt.StandardClaims {
	return jwt.StandardClaims{
		Subject: subject,
		// expect: 90 days
		ExpiresAt: time.Now().AddDate(0, 0, 90).Unix(),
	}
}

// accessClaims uses a five minute expiry.
func accessClaims(subject string) jwt.StandardClaims {
	return jwt.StandardClaims{
		Subject: subject,
		// ok: five minutes
		ExpiresAt: time.Now().Add(5 * time.Minute).Unix(),
	}
}
