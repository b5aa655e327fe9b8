package ratesync

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwt"
)

type Client struct {
	http    *http.Client
	baseURL string
}

// accessToken logs in to the currency-rate provider and caches its token until it expires.
func (c *Client) accessToken(ctx context.Context) (string, time.Time, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/oauth/token", nil)
	if err != nil {
		return "", time.Time{}, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", time.Time{}, err
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", time.Time{}, err
	}
	// ok: our own credential, fetched just above; only its expiry is read
	tok, err := jwt.ParseString(body.AccessToken, jwt.WithVerify(false))
	if err != nil {
		return "", time.Time{}, fmt.Errorf("rate provider token: %w", err)
	}
	return body.AccessToken, tok.Expiration(), nil
}

// tenantFromCallback handles the provider's webhook, which carries a token in a header.
func tenantFromCallback(r *http.Request) (string, error) {
	// expect: a token received by the server, never verified
	tok, err := jwt.ParseString(r.Header.Get("X-Rates-Token"), jwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
