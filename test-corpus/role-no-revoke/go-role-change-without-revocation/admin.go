package hr

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID           uint
	Email        string
	Role         string
	IsActive     bool
	IsAdmin      bool
	TokenVersion int
}

type RefreshToken struct {
	ID     uint
	UserID uint
	Hash   string
}

type AdminHandler struct {
	db    *gorm.DB
	audit *AccessAudit
}

type roleRequest struct {
	Role string `json:"role"`
}

// ChangeRole updates the role column only.
func (h *AdminHandler) ChangeRole(c *gin.Context) {
	var req roleRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// expect: issued tokens keep the old role claim
	if err := h.db.Model(&User{}).Where("id = ?", c.Param("id")).Update("role", req.Role).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// Deactivate switches the account off but leaves its tokens alive.
func (h *AdminHandler) Deactivate(c *gin.Context) {
	var user User
	if err := h.db.First(&user, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	// expect: deactivated, refresh tokens still valid
	user.IsActive = false
	h.db.Save(&user)
	c.Status(http.StatusNoContent)
}

// MoveToPayroll uses a struct update.
func (h *AdminHandler) MoveToPayroll(c *gin.Context) {
	// expect: struct update of the role, nothing revoked
	h.db.Model(&User{}).Where("id = ?", c.Param("id")).Updates(User{Role: "payroll-clerk"})
	c.Status(http.StatusNoContent)
}

// GrantAdmin only adds privileges.
func (h *AdminHandler) GrantAdmin(c *gin.Context) {
	// ok: granting (an old token has fewer rights, not more)
	h.db.Model(&User{}).Where("id = ?", c.Param("id")).Update("is_admin", true)
	c.Status(http.StatusNoContent)
}

// Demote bumps the token version in the same update.
func (h *AdminHandler) Demote(c *gin.Context) {
	// ok: token_version is incremented with the role change
	h.db.Model(&User{}).Where("id = ?", c.Param("id")).Updates(map[string]interface{}{
		"role":          "viewer",
		"token_version": gorm.Expr("token_version + 1"),
	})
	c.Status(http.StatusNoContent)
}

// Suspend revokes through a helper of this file.
func (h *AdminHandler) Suspend(c *gin.Context) {
	id := c.Param("id")
	// ok: cutOff deletes the user's refresh tokens
	h.db.Model(&User{}).Where("id = ?", id).Update("is_active", false)
	h.cutOff(id)
	c.Status(http.StatusNoContent)
}

func (h *AdminHandler) cutOff(id string) {
	h.db.Where("user_id = ?", id).Delete(&RefreshToken{})
}

// ChangeAccessLevel closes sessions through audit.go.
func (h *AdminHandler) ChangeAccessLevel(c *gin.Context) {
	var req roleRequest
	_ = c.ShouldBindJSON(&req)
	var employee User
	h.db.First(&employee, c.Param("id"))
	h.audit.CloseOut(employee.ID)
	// ok: CloseOut (audit.go) bumps the token version
	employee.Role = req.Role
	h.db.Save(&employee)
	c.Status(http.StatusNoContent)
}

// CreateUser builds a new account: no sessions yet.
func (h *AdminHandler) CreateUser(c *gin.Context) {
	var user User
	_ = c.ShouldBindJSON(&user)
	// ok: a user being created has no tokens
	user.Role = "employee"
	h.db.Save(&user)
	c.JSON(http.StatusCreated, user)
}

type Share struct {
	ID      uint
	Enabled bool
}

type TeamMembership struct {
	ID     uint
	UserID uint
	Role   string
}

// DisableShare switches a shared payslip link off: not a user.
func (h *AdminHandler) DisableShare(c *gin.Context) {
	// ok: a share link, not an account
	h.db.Model(&Share{}).Where("id = ?", c.Param("id")).Update("enabled", false)
	c.Status(http.StatusNoContent)
}

// ChangeTeamRole edits a team membership, which is read from the database on each request.
func (h *AdminHandler) ChangeTeamRole(c *gin.Context) {
	var membership TeamMembership
	h.db.First(&membership, c.Param("id"))
	// ok: the team membership role is not the user's role claim
	membership.Role = c.PostForm("role")
	h.db.Save(&membership)
	c.Status(http.StatusNoContent)
}
