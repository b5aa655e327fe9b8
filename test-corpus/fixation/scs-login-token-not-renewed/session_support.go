package main

import (
	"net/http"
)

type AuditLog struct{ entries []string }

func (a *AuditLog) Record(event string, id int) { a.entries = append(a.entries, event) }

func (a *AuditLog) Render(w http.ResponseWriter, userID string) { w.Write([]byte(userID)) }

// rotateSessionToken gives the browser a new session token after a privilege change.
func (app *application) rotateSessionToken(w http.ResponseWriter, r *http.Request) {
	if err := app.sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
	}
}

func render(w http.ResponseWriter, name string, data any) {}
