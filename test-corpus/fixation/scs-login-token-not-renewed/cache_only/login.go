package portal

import (
	"context"
	"net/http"

	"example.com/portal/kv"
)

type Portal struct {
	cache *kv.Cache
	users *UserService
}

// Login keeps a per-user profile cache; there is no scs session in this project.
func (p *Portal) Login(w http.ResponseWriter, r *http.Request) {
	u, err := p.users.Check(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	// ok: not an scs session manager (no scs import in this project)
	p.cache.Put(context.Background(), "user:"+u.Email, u)
	w.WriteHeader(http.StatusNoContent)
}
