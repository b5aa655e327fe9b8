package timeoff

import (
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

// ok: the session cookie is SameSite=Lax, so browsers do not send it on cross-site posts
var store = sessions.NewCookieStore([]byte(os.Getenv("TIMEOFF_KEY")))

func init() {
	store.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}

func Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/requests", createRequest).Methods(http.MethodPost)
	return r
}
