package timesheets

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/redis/go-redis/v9"
)

type RefreshClaims struct {
	UserID uint `json:"uid"`
	jwt.RegisteredClaims
}

type AuthHandler struct {
	refreshKey []byte
	accessKey  []byte
	rdb        *redis.Client
	ledger     *TokenLedger
	users      *UserRepo
	issuer     *Issuer
}

type refreshRequest struct {
	RefreshToken string `json:"refresh_token"`
}

func (h *AuthHandler) keyFunc(t *jwt.Token) (interface{}, error) { return h.refreshKey, nil }

// Refresh trusts any refresh token with a valid signature.
func (h *AuthHandler) Refresh(c *gin.Context) {
	var req refreshRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var claims RefreshClaims
	if _, err := jwt.ParseWithClaims(req.RefreshToken, &claims, h.keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// expect: new pair minted from a merely parsed refresh token
	access, refresh, err := h.issuer.GenerateTokenPair(claims.UserID)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": access, "refresh_token": refresh})
}

// refreshTokenHandler parses through a helper and signs inline.
func (h *AuthHandler) refreshTokenHandler(w http.ResponseWriter, r *http.Request) {
	claims, err := h.parseRefreshToken(r.Header.Get("X-Refresh-Token"))
	if err != nil {
		http.Error(w, "invalid refresh token", http.StatusUnauthorized)
		return
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Subject:   claims.Subject,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
	})
	// expect: signed without checking the refresh token against any store
	signed, err := token.SignedString(h.accessKey)
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": signed})
}

func (h *AuthHandler) parseRefreshToken(raw string) (*RefreshClaims, error) {
	var claims RefreshClaims
	_, err := jwt.ParseWithClaims(raw, &claims, h.keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	return &claims, err
}

// RenewAccessToken checks the Redis record through a helper of this file.
func (h *AuthHandler) RenewAccessToken(c *gin.Context) {
	claims, err := h.parseRefreshToken(c.GetHeader("X-Refresh-Token"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if !h.ensureLive(c, claims) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// ok: ensureLive looks the token up in Redis
	access, _, err := h.issuer.GenerateTokenPair(claims.UserID)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": access})
}

func (h *AuthHandler) ensureLive(c *gin.Context, claims *RefreshClaims) bool {
	n, err := h.rdb.Exists(c, "refresh:"+claims.Subject).Result()
	return err == nil && n == 1
}

// HandleRefresh checks the ledger defined in ledger.go.
func (h *AuthHandler) HandleRefresh(c *gin.Context) {
	var req refreshRequest
	_ = c.ShouldBindJSON(&req)
	claims, err := h.parseRefreshToken(req.RefreshToken)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if err := h.ledger.Confirm(c, req.RefreshToken); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// ok: Confirm (ledger.go) queries the stored token hash
	access, refresh, _ := h.issuer.GenerateTokenPair(claims.UserID)
	c.JSON(http.StatusOK, gin.H{"access_token": access, "refresh_token": refresh})
}

// RefreshSession compares with the token stored on the user row.
func (h *AuthHandler) RefreshSession(c *gin.Context) {
	var req refreshRequest
	_ = c.ShouldBindJSON(&req)
	claims, err := h.parseRefreshToken(req.RefreshToken)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	user, err := h.users.ByID(claims.UserID)
	if err != nil || user.RefreshToken != req.RefreshToken {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// ok: compared with the stored refresh token
	access, refresh, _ := h.issuer.GenerateTokenPair(user.ID)
	c.JSON(http.StatusOK, gin.H{"access_token": access, "refresh_token": refresh})
}

// RefreshInventoryFeed re-signs a feed link; not a session refresh.
func (h *AuthHandler) RefreshInventoryFeed(c *gin.Context) {
	var claims jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(c.Query("feed"), &claims, h.keyFunc); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// ok: not a refresh handler
	link, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(h.refreshKey)
	c.JSON(http.StatusOK, gin.H{"feed": link})
}
