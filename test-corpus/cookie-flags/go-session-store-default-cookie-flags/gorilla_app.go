package intranet

import (
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

// expect: gorilla store created and never configured
var store = sessions.NewCookieStore([]byte(os.Getenv("INTRANET_SESSION_KEY")))

func Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/profile", profile).Methods(http.MethodGet)
	return r
}

func profile(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "intranet")
	_, _ = w.Write([]byte(s.Values["name"].(string)))
}
