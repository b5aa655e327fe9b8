package main

import (
	"log"
	"net/http"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

type application struct {
	sessionManager *scs.SessionManager
	staff          *StaffDirectory
	audit          *AuditLog
}

func main() {
	pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", "localhost:6379") }}
	sm := scs.New()
	sm.Store = redisstore.New(pool)
	sm.Lifetime = 8 * time.Hour
	app := &application{sessionManager: sm, staff: NewStaffDirectory(), audit: &AuditLog{}}

	mux := http.NewServeMux()
	mux.HandleFunc("/user/login", app.userLoginPost)
	mux.HandleFunc("/admin/signin", app.adminSignIn)
	mux.HandleFunc("/sso/callback", app.ssoCallback)
	mux.HandleFunc("/kiosk/login", func(w http.ResponseWriter, r *http.Request) {
		badge := r.PostFormValue("badge")
		id, err := app.staff.ByBadge(badge)
		if err != nil {
			http.Error(w, "unknown badge", http.StatusUnauthorized)
			return
		}
		// expect: inline /kiosk/login handler stores the employee without renewing the token
		sm.Put(r.Context(), "employeeID", id)
		http.Redirect(w, r, "/timesheets", http.StatusSeeOther)
	})
	log.Fatal(http.ListenAndServe(":8080", sm.LoadAndSave(mux)))
}
