package com.acme.payroll.auth;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class PayrollAuthService {

    private final StringRedisTemplate redis;
    private final PayrollJwtDecoder jwtDecoder;

    public PayrollAuthService(StringRedisTemplate redis, PayrollJwtDecoder jwtDecoder) {
        this.redis = redis;
        this.jwtDecoder = jwtDecoder;
    }

    public void adminLogout(String authorizationHeader) {
        String jti = jwtDecoder.decode(authorizationHeader.substring(7)).getId();
        redis.opsForValue().set("payroll:revoked:" + jti, "1");
    }
}
