package auth

import (
	"crypto/rsa"
	"fmt"
	"os"

	jwtgo "github.com/golang-jwt/jwt/v4"
)

// getEnv returns the value of an environment variable or a default.
func getEnv(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

// vendorPublicKeyPEM is the timesheet vendor's published verification key.
const vendorPublicKeyPEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
-----END PUBLIC KEY-----`

// kioskKeyFunc verifies the badge-reader tokens.
func kioskKeyFunc(t *jwtgo.Token) (interface{}, error) {
	// expect: env lookup whose fallback is a literal
	return []byte(getEnv("KIOSK_JWT_SECRET", "kiosk-dev-secret")), nil
}

// vendorKeyFunc verifies timesheet imports signed by the vendor.
func vendorKeyFunc(t *jwtgo.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwtgo.SigningMethodRSA); !ok {
		return nil, fmt.Errorf("vendor tokens must be RS256")
	}
	key, err := jwtgo.ParseRSAPublicKeyFromPEM([]byte(vendorPublicKeyPEM))
	if err != nil {
		return nil, err
	}
	return key, nil
}

type ReportSigner struct{ pub *rsa.PublicKey }

// keyFor verifies report tokens; the key is injected.
func (r *ReportSigner) keyFor(t *jwtgo.Token) (interface{}, error) {
	// ok: an injected public key
	return r.pub, nil
}

// signExport signs a CSV export link by hand (legacy format shared with the archive service).
func signExport(path string) (string, error) {
	// expect: raw HMAC signing method with a literal key
	sig, err := jwtgo.SigningMethodHS256.Sign(path, []byte("archive-link-secret"))
	if err != nil {
		return "", err
	}
	return path + "." + sig, nil
}

// checkExport verifies a link signed with the key from the environment.
func checkExport(path, sig string) error {
	// ok: key from the environment
	return jwtgo.SigningMethodHS256.Verify(path, sig, []byte(os.Getenv("ARCHIVE_LINK_SECRET")))
}
