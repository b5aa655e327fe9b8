package hrportal

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

const sessionName = "hr-session"

var store = newStore()

func newStore() *sessions.FilesystemStore {
	s := sessions.NewFilesystemStore("/var/lib/hrportal/sessions", []byte(os.Getenv("HR_SESSION_KEY")))
	s.Options = &sessions.Options{Path: "/", MaxAge: 8 * 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	return s
}

// startFreshSession deletes the pre-login record and gives the session a new id.
func startFreshSession(w http.ResponseWriter, r *http.Request, session *sessions.Session) {
	session.Options.MaxAge = -1
	_ = session.Save(r, w)
	session.Options.MaxAge = 8 * 3600
	session.ID = ""
}
