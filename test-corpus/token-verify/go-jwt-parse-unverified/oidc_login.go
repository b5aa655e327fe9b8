package sso

import (
	"context"
	"errors"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"

	"github.com/acme/hrportal/internal/jwks"
)

// claimsFromExchange reads the ID token the identity provider returned from the token
// endpoint of the code exchange (direct TLS connection).
func claimsFromExchange(tok *oauth2.Token) (jwt.MapClaims, error) {
	rawID, _ := tok.Extra("id_token").(string)
	if rawID == "" {
		return nil, errors.New("no id_token in the token response")
	}
	claims := jwt.MapClaims{}
	// ok: ID token from the token endpoint response (OIDC Core 3.1.3.7 allows TLS validation)
	if _, _, err := jwt.NewParser().ParseUnverified(rawID, claims); err != nil {
		return nil, err
	}
	return claims, nil
}

// claimsFromFrontChannel reads an ID token posted back by the browser (form_post).
func claimsFromFrontChannel(ctx context.Context, posted string, keys *jwks.Cache) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// ok: the same token goes through the JWKS signature check right after
	if _, _, err := jwt.NewParser().ParseUnverified(posted, claims); err != nil {
		return nil, err
	}
	if err := keys.ValidateTokenSignature(ctx, posted); err != nil {
		return nil, err
	}
	return claims, nil
}

// groupsFromHeader trusts a token forwarded by the browser.
func groupsFromHeader(forwarded string) ([]interface{}, error) {
	claims := jwt.MapClaims{}
	// expect: a browser-supplied token is never verified
	if _, _, err := jwt.NewParser().ParseUnverified(forwarded, claims); err != nil {
		return nil, err
	}
	groups, _ := claims["groups"].([]interface{})
	return groups, nil
}
