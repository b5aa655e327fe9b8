package hrportal

import (
	"testing"

	"github.com/gorilla/sessions"
)

func TestStoreRoundTrip(t *testing.T) {
	// ok: test file, skipped
	s := sessions.NewCookieStore([]byte("test-key"))
	if s == nil {
		t.Fatal("nil store")
	}
}
