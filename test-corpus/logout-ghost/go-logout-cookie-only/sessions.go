package payroll

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type SessionRegistry struct {
	rdb *redis.Client
}

// EndFor removes a session record.
func (s *SessionRegistry) EndFor(ctx context.Context, sid string) {
	s.rdb.Del(ctx, "payroll:session:"+sid)
}
