package inventory

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

// Tokens carry only the subject; the middleware loads the user and its role on every request.
type Claims struct {
	jwt.RegisteredClaims
}

type Staff struct {
	ID   uint
	Role string
}

type StaffAdmin struct {
	db *gorm.DB
}

func (a *StaffAdmin) ChangeRole(c echo.Context) error {
	// ok: this project never copies the role into a token or session
	if err := a.db.Model(&Staff{}).Where("id = ?", c.Param("id")).Update("role", c.FormValue("role")).Error; err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (a *StaffAdmin) Lock(c echo.Context) error {
	var staff Staff
	a.db.First(&staff, c.Param("id"))
	// ok: no role in claims in this project
	staff.Role = "locked"
	return a.db.Save(&staff).Error
}
