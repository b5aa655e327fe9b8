package reports

import (
	"net/url"

	"github.com/golang-jwt/jwt/v5"
)

// ok: golang-jwt's jwt.Parse with a keyfunc is not jwx v1's unverified Parse
func ParseReportToken(raw string, kf jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(raw, kf)
}

// ok: url.Parse in a file that does not import jwx v1
func reportLink(base string) (*url.URL, error) {
	return url.Parse(base)
}
