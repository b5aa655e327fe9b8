package hr

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims carries the role so that handlers can authorize without a database round trip.
type Claims struct {
	UserID uint   `json:"uid"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

func issueAccessToken(userID uint, role string, key []byte) (string, error) {
	claims := Claims{UserID: userID, Role: role, RegisteredClaims: jwt.RegisteredClaims{
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}
