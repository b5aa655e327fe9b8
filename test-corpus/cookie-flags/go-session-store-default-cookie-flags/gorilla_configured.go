package timeoff

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// ok: the store's options are set in init below
var store = sessions.NewFilesystemStore("/var/lib/timeoff", []byte(os.Getenv("TIMEOFF_SESSION_KEY")))

func init() {
	store.Options = &sessions.Options{Path: "/", MaxAge: 8 * 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}
