package inventory

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func getEnv(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func NewRouter(cfg Config) (*gin.Engine, error) {
	r := gin.New()

	// expect: gin-contrib cookie store with a literal key
	store := cookie.NewStore([]byte("inventory-cookie-secret"))
	r.Use(sessions.Sessions("inventory", store))

	// ok: redis password literal is not a session key; the key comes from the environment
	rstore, err := redis.NewStore(10, "tcp", cfg.RedisAddr, "", []byte(os.Getenv("STOCK_SESSION_KEY")))
	if err != nil {
		return nil, err
	}
	admin := r.Group("/admin")
	admin.Use(sessions.Sessions("stock_admin", rstore))

	// expect: redis-backed store, key literal after the connection arguments
	audit, err := redis.NewStore(10, "tcp", cfg.RedisAddr, cfg.RedisPassword, []byte("audit-session-hmac"))
	if err != nil {
		return nil, err
	}
	r.Group("/audit").Use(sessions.Sessions("audit", audit))

	// expect: helper lookup with a literal fallback
	kiosk := cookie.NewStore([]byte(getEnv("KIOSK_SESSION_KEY", "kiosk-dev")))
	r.Group("/kiosk").Use(sessions.Sessions("kiosk", kiosk))
	return r, nil
}
