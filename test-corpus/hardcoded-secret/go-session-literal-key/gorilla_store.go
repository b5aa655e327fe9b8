package hrportal

import (
	"net/http"
	"os"

	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

const (
	// expect: authentication (HMAC) key of the session cookie pairs
	sessionHashKey = "hr-portal-session-hash-key-0001"
	// expect: encryption key of the pair
	sessionBlockKey = "0123456789abcdef"
)

var Store = sessions.NewCookieStore([]byte(sessionHashKey), []byte(sessionBlockKey))

// ok: random keys generated at start-up
var previewStore = sessions.NewCookieStore(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

// ok: filesystem path literal is not a key; the key is from the environment
var fileStore = sessions.NewFilesystemStore("/var/lib/hrportal/sessions", []byte(os.Getenv("HR_FS_SESSION_KEY")))

// expect: remember-me cookie codec with a literal hash key
var rememberCodec = securecookie.New([]byte("remember-me-hash"), nil)

func Protect(h http.Handler) http.Handler {
	// expect: gorilla/csrf authentication key literal
	mw := csrf.Protect([]byte("32-byte-long-auth-key-for-hr-app"), csrf.Secure(true))
	return mw(h)
}

func ProtectFromEnv(h http.Handler) http.Handler {
	// ok: key from the environment
	return csrf.Protect([]byte(os.Getenv("HR_CSRF_KEY")), csrf.Secure(true))(h)
}
