package catalog

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.Default()
	// expect: gin-contrib cookie store with gorilla's defaults
	r.Use(sessions.Sessions("catalog", cookie.NewStore([]byte(os.Getenv("CATALOG_KEY")))))
	return r
}

// ok: returned to the caller, which configures it
func NewRedisStore(addr string) (redis.Store, error) {
	return redis.NewStore(10, "tcp", addr, "", []byte(os.Getenv("CATALOG_KEY")))
}
