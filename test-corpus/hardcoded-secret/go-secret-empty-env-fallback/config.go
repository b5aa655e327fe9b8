package timesheets

import (
	"log"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/csrf"
	"github.com/gorilla/sessions"
)

type Settings struct {
	JWTSecret  string
	SessionKey string
	CSRFKey    string
	ListenAddr string
}

func LoadSettings() Settings {
	s := Settings{
		JWTSecret:  os.Getenv("TIMESHEETS_JWT_SECRET"),
		SessionKey: os.Getenv("TIMESHEETS_SESSION_KEY"),
		CSRFKey:    os.Getenv("TIMESHEETS_CSRF_KEY"),
		ListenAddr: os.Getenv("TIMESHEETS_ADDR"),
	}
	if s.JWTSecret == "" {
		// expect: the JWT secret silently defaults to a literal
		s.JWTSecret = "timesheets-local-jwt"
	}
	if s.SessionKey == "" {
		log.Fatal("TIMESHEETS_SESSION_KEY is not set")
	}
	if len(s.CSRFKey) == 0 {
		// expect: the CSRF key defaults to a literal
		s.CSRFKey = "timesheets-csrf-key-32-bytes-long!"
	}
	if s.ListenAddr == "" {
		// ok: a listen address default is not a secret
		s.ListenAddr = ":8080"
	}
	return s
}

func Issue(s Settings, employeeID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: employeeID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.JWTSecret))
}

func Middleware(s Settings) (*sessions.CookieStore, func(h http.Handler) http.Handler) {
	return sessions.NewCookieStore([]byte(s.SessionKey)), csrf.Protect([]byte(s.CSRFKey))
}
