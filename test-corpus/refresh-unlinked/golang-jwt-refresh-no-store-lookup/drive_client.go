package timesheets

import (
	"crypto/rsa"
	"net/url"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// DriveClient exports timesheets to a cloud drive with a service account.
type DriveClient struct {
	tokenURL    string
	clientEmail string
	privateKey  *rsa.PrivateKey
	accessToken string
}

// refreshToken obtains a new access token from the drive provider (client side, no presented token).
func (d *DriveClient) refreshToken() error {
	endpoint, err := url.Parse(d.tokenURL)
	if err != nil {
		return err
	}
	now := time.Now()
	// ok: signs an OAuth assertion for the provider; nothing was parsed from a caller
	assertion, err := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"iss": d.clientEmail,
		"aud": endpoint.String(),
		"iat": now.Unix(),
		"exp": now.Add(time.Hour).Unix(),
	}).SignedString(d.privateKey)
	if err != nil {
		return err
	}
	d.accessToken, err = exchangeAssertion(endpoint.String(), assertion)
	return err
}

func exchangeAssertion(endpoint, assertion string) (string, error) { return assertion, nil }
