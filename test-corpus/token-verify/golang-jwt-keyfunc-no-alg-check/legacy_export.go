package exports

import (
	"net/http"

	jwt "github.com/dgrijalva/jwt-go"
	"github.com/dgrijalva/jwt-go/request"
)

var exportKey []byte

// Download serves signed export links (jwt-go v3).
func Download(w http.ResponseWriter, r *http.Request) {
	// expect: jwt-go request parser with a keyfunc that never checks the method
	tok, err := request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (interface{}, error) {
		return exportKey, nil
	})
	if err != nil || !tok.Valid {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	serveExport(w, tok)
}

// Preview serves export previews; the keyfunc is kept in a variable.
func Preview(w http.ResponseWriter, r *http.Request) {
	// expect: keyfunc in a variable, no method check
	keyFunc := func(t *jwt.Token) (interface{}, error) {
		return exportKey, nil
	}
	tok, err := request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc)
	if err != nil || !tok.Valid {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	servePreview(w, tok)
}
