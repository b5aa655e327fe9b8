package sso

import (
	"errors"

	"github.com/go-jose/go-jose/v3"
	"github.com/go-jose/go-jose/v3/jwt"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/lestrrat-go/jwx/v2/jwk"
)

type Session struct {
	Subject string
	Groups  []string
}

// FromIDToken maps the identity provider's token to a portal session.
func FromIDToken(raw string) (*Session, error) {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var claims struct {
		jwt.Claims
		Groups []string `json:"groups"`
	}
	// expect: go-jose claims read without verification
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil {
		return nil, err
	}
	return &Session{Subject: claims.Subject, Groups: claims.Groups}, nil
}

// FromVerifiedToken reads the kid, then verifies with the matching key.
func FromVerifiedToken(raw string, keys *jose.JSONWebKeySet) (*Session, error) {
	signed, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var hint jwt.Claims
	// ok: the same token is verified with signed.Claims(key, ...) below
	if err := signed.UnsafeClaimsWithoutVerification(&hint); err != nil {
		return nil, err
	}
	found := keys.Key(signed.Headers[0].KeyID)
	if len(found) == 0 {
		return nil, errors.New("unknown key")
	}
	var claims jwt.Claims
	if err := signed.Claims(found[0].Key, &claims); err != nil {
		return nil, err
	}
	return &Session{Subject: claims.Subject}, nil
}

// DeviceSubject is used by the badge readers.
func DeviceSubject(raw []byte) (string, error) {
	// todo-expect: jwx parse with verification off; silenced because PartnerSubject verifies a token also named `raw` (the verify check is file-wide, text-based)
	tok, err := jwxjwt.Parse(raw, jwxjwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// ok: jwx parse with a key set
func PartnerSubject(raw []byte, set jwk.Set) (string, error) {
	tok, err := jwxjwt.Parse(raw, jwxjwt.WithKeySet(set))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
