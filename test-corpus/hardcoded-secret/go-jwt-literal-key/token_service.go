package auth

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/acme/payroll/internal/employees"
)

// expect: package-level signing key used by SignedString and by the keyfunc below
var payrollSigningKey = []byte("pr0d-payroll-" + "signing-key-2023")

// expect: constant returned by the refresh keyfunc
const refreshSecret = "refresh-tokens-hmac-key-do-not-share"

type Claims struct {
	EmployeeID string `json:"eid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

type TokenService struct {
	key      []byte
	issuer   string
	lifetime time.Duration
}

func NewTokenService() (*TokenService, error) {
	// ok: read from the environment with no fallback
	key := []byte(os.Getenv("PAYROLL_JWT_KEY"))
	if len(key) < 32 {
		return nil, errors.New("PAYROLL_JWT_KEY is missing or too short")
	}
	return &TokenService{key: key, issuer: "payroll", lifetime: 15 * time.Minute}, nil
}

// IssueLegacy is still called by the kiosk terminals.
func IssueLegacy(e employees.Employee) (string, error) {
	claims := Claims{EmployeeID: e.ID, Role: e.Role}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(payrollSigningKey)
}

// Issue signs with the key loaded at start-up.
func (s *TokenService) Issue(e employees.Employee) (string, error) {
	claims := Claims{EmployeeID: e.ID, Role: e.Role, RegisteredClaims: jwt.RegisteredClaims{
		Issuer:    s.issuer,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(s.lifetime)),
	}}
	// ok: key comes from the struct, filled from the environment
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// ParseLegacy verifies kiosk tokens.
func ParseLegacy(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return payrollSigningKey, nil
	})
	return claims, err
}

// ParseRefresh verifies refresh tokens issued by the self-service portal.
func ParseRefresh(raw string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() == jwt.SigningMethodHS512.Alg() {
			// keyfunc returns the constant above inside the algorithm check
			return []byte(refreshSecret), nil
		}
		return nil, errors.New("refresh tokens must be HS512")
	}, jwt.WithValidMethods([]string{"HS512"}))
	return claims, err
}

// Parse verifies tokens with the configured key.
func (s *TokenService) Parse(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		// ok: key from the service
		return s.key, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(s.issuer))
	return claims, err
}
