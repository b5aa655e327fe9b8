package main

import (
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func main() {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", []byte(os.Getenv("SESSION_KEY")))
	r := gin.Default()
	r.Use(sessions.Sessions("inventory", store))
	r.POST("/login", login)
	r.POST("/supplier/signin", supplierSignIn)
	_ = r.Run(":8080")
}

func login(c *gin.Context) {
	u, err := checkCredentials(c.PostForm("username"), c.PostForm("password"))
	if err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	session := sessions.Default(c)
	// expect: redis-backed session reused across login
	session.Set("user", u.Username)
	_ = session.Save()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func supplierSignIn(c *gin.Context) {
	u, err := checkCredentials(c.PostForm("username"), c.PostForm("password"))
	if err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	session := sessions.Default(c)
	session.Clear()
	// ok: the pre-login session is cleared first
	session.Set("supplier_id", u.ID)
	_ = session.Save()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
