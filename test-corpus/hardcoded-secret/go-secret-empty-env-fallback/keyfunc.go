package approvals

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v4"
)

var approvalSecret = os.Getenv("APPROVAL_SECRET")

var reportTitle = os.Getenv("APPROVAL_REPORT_TITLE")

func init() {
	if approvalSecret == "" {
		// expect: package variable defaults to a literal and feeds the keyfunc
		approvalSecret = "approvals-dev"
	}
	if reportTitle == "" {
		// ok: used only as a report title, never as a key
		reportTitle = "Pending approvals"
	}
}

func keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected algorithm")
	}
	return []byte(approvalSecret), nil
}

func Verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc)
}
