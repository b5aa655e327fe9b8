package com.acme.expenses.auth;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class ExpenseAuthService {

    private final StringRedisTemplate redis;
    private final ExpenseJwtReader reader;

    public ExpenseAuthService(StringRedisTemplate redis, ExpenseJwtReader reader) {
        this.redis = redis;
        this.reader = reader;
    }

    public void signOut(String authorization) {
        ExpenseJwt jwt = reader.read(authorization.substring("Bearer ".length()));
        redis.opsForValue().set("expenses:denylist:" + jwt.jti(), "1", Duration.ofMinutes(15));
    }
}
