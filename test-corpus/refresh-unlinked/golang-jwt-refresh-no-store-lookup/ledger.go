package timesheets

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"gorm.io/gorm"
)

type TokenLedger struct {
	db *gorm.DB
}

type storedToken struct {
	ID        uint
	TokenHash string
	Revoked   bool
}

// Confirm accepts a presented refresh token only when its hash is stored and not revoked.
func (l *TokenLedger) Confirm(ctx context.Context, raw string) error {
	sum := sha256.Sum256([]byte(raw))
	var st storedToken
	return l.db.WithContext(ctx).Where("token_hash = ? AND revoked = ?", hex.EncodeToString(sum[:]), false).First(&st).Error
}
