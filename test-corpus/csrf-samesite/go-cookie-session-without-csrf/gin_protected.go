package payroll

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	csrf "github.com/utrack/gin-csrf"
)

func Router(store redis.Store) *gin.Engine {
	r := gin.New()
	// ok: utrack/gin-csrf registered next to the sessions
	r.Use(sessions.Sessions("payroll", store))
	r.Use(csrf.Middleware(csrf.Options{
		Secret: os.Getenv("PAYROLL_CSRF_SECRET"),
		ErrorFunc: func(c *gin.Context) {
			c.AbortWithStatus(403)
		},
	}))
	r.POST("/runs", startPayrollRun)
	return r
}
