package com.acme.payroll.auth;

import io.jsonwebtoken.Claims;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

@Component
public class RefreshGuard {

    private final StringRedisTemplate redisTemplate;

    public RefreshGuard(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public void admit(Claims claims) {
        if (!known(claims.getId())) {
            throw new BadCredentialsException("refresh token unknown or already used");
        }
    }

    private boolean known(String jti) {
        return "active".equals(redisTemplate.opsForValue().get("payroll:refresh:" + jti));
    }
}
