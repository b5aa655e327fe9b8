package hr

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.Default()
	store := cookie.NewStore([]byte(os.Getenv("HR_SESSION_KEY")))
	store.Options(sessions.Options{Path: "/", MaxAge: 8 * 3600, HttpOnly: true, Secure: true})
	// expect: cookie sessions and POST routes, no CSRF middleware in sight
	r.Use(sessions.Sessions("hr", store))

	r.GET("/employees", listEmployees)
	r.POST("/employees/:id/bank-account", updateBankAccount)
	r.DELETE("/employees/:id", deleteEmployee)
	return r
}
