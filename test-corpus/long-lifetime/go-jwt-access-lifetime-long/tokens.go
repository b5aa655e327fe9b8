package payroll

import (
	"os"
	"time"

	jwtmw "github.com/appleboy/gin-jwt/v2"
	"github.com/golang-jwt/jwt/v5"
)

const accessTTL = 7 * 24 * time.Hour

type Claims struct {
	EmployeeID uint   `json:"eid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

type RefreshClaims struct {
	EmployeeID uint `json:"eid"`
	jwt.RegisteredClaims
}

type Issuer struct {
	key []byte
	ttl time.Duration
}

// Pair issues an access token and a refresh token.
func (i *Issuer) Pair(employeeID uint, role string) (string, string, error) {
	access := Claims{EmployeeID: employeeID, Role: role, RegisteredClaims: jwt.RegisteredClaims{
		// expect: a week-long access token
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(accessTTL)),
	}}
	refreshClaims := RefreshClaims{EmployeeID: employeeID, RegisteredClaims: jwt.RegisteredClaims{
		// ok: refresh token, judged by another rule
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * 24 * time.Hour)),
	}}
	a, err := jwt.NewWithClaims(jwt.SigningMethodHS256, access).SignedString(i.key)
	if err != nil {
		return "", "", err
	}
	r, err := jwt.NewWithClaims(jwt.SigningMethodHS256, refreshClaims).SignedString(i.key)
	return a, r, err
}

// Short issues a 15 minute token.
func (i *Issuer) Short(employeeID uint) (string, error) {
	claims := jwt.MapClaims{
		"eid": employeeID,
		// ok: 15 minutes
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// Configured reads its lifetime from configuration.
func (i *Issuer) Configured(employeeID uint) (string, error) {
	claims := jwt.RegisteredClaims{
		// ok: lifetime from configuration, not evaluated
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(i.ttl)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// Legacy uses the map form with a three-day expiry.
func Legacy(employeeID uint) (string, error) {
	claims := jwt.MapClaims{}
	claims["eid"] = employeeID
	// expect: 72 hours
	claims["exp"] = time.Now().Add(time.Hour * 72).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("JWT_KEY")))
}

// passwordResetLink is not an access token.
func passwordResetLink(email string, key []byte) (string, error) {
	claims := jwt.MapClaims{
		"email": email,
		// ok: reset link, not an access token
		"exp": time.Now().Add(48 * time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func middleware() (*jwtmw.GinJWTMiddleware, error) {
	return jwtmw.New(&jwtmw.GinJWTMiddleware{
		Realm: "payroll",
		Key:   []byte(os.Getenv("JWT_KEY")),
		// expect: gin-jwt access tokens valid for a day
		Timeout:    24 * time.Hour,
		MaxRefresh: 7 * 24 * time.Hour,
	})
}
