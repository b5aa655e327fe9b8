package ledger

import (
	"os"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// expect: constant used as the HMAC JWK below
const ledgerHMAC = "ledger-service-hmac-2024"

// SignStatement signs the monthly statement link.
func SignStatement(accountID string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(accountID).Expiration(time.Now().Add(time.Hour)).Build()
	if err != nil {
		return nil, err
	}
	// expect: jwx WithKey with a literal HMAC key
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, []byte("statements-hmac")))
}

// VerifyStatement verifies with the key from the environment.
func VerifyStatement(raw []byte) (jwt.Token, error) {
	// ok: key from the environment
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, []byte(os.Getenv("STATEMENT_HMAC"))))
}

// ledgerKey builds the JWK used by the reconciliation job.
func ledgerKey() (jwk.Key, error) {
	// the finding points at the constant above
	return jwk.FromRaw([]byte(ledgerHMAC))
}

// ok: public keys are fetched from the identity provider
func providerKeys(set jwk.Set, raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set))
}
