package ledger

import (
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// PreviewToken builds the token embedded in statement previews.
func PreviewToken(accountID string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(accountID).Build()
	if err != nil {
		return nil, err
	}
	// expect: jwx unsigned serialisation
	return jwt.Sign(tok, jwt.WithInsecureNoSignature())
}

// LegacyPreview is kept for the v1 statement viewer.
func LegacyPreview(tok jwt.Token) ([]byte, error) {
	// expect: none algorithm passed as the signing algorithm
	return jwt.Sign(tok, jwt.WithKey(jwa.NoSignature, nil))
}

// SignedPreview is the supported form.
func SignedPreview(tok jwt.Token, key interface{}) ([]byte, error) {
	// ok: ES256 with a key
	return jwt.Sign(tok, jwt.WithKey(jwa.ES256, key))
}
