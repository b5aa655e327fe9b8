package hr

import "gorm.io/gorm"

type AccessAudit struct {
	db *gorm.DB
}

// CloseOut records the change and invalidates every token issued so far.
func (a *AccessAudit) CloseOut(userID uint) {
	a.db.Model(&User{}).Where("id = ?", userID).UpdateColumn("token_version", gorm.Expr("token_version + 1"))
}
