package com.acme.store.security;

import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

public final class StoreJwtUtil {

    public static final long EXPIRE_TIME = 7 * 12 * 60 * 60 * 1000L;

    private StoreJwtUtil() {
    }

    public static String signCashier(String username, String secret) {
        Date expiresAt = new Date(System.currentTimeMillis() + EXPIRE_TIME);
        return JWT.create()
                .withClaim("username", username)
                // expect: 84 hours, through a local variable and a constant
                .withExpiresAt(expiresAt)
                .sign(Algorithm.HMAC256(secret));
    }

    public static String sign(String username, String secret) {
        Date date = new Date(System.currentTimeMillis() + EXPIRE_TIME);
        return JWT.create()
                .withClaim("username", username)
                // todo-expect: 84 hours, but another method binds a local of the same name (`date`) to a parameter: variables resolve by name across the file, and the unknown binding wins
                .withExpiresAt(date)
                .sign(Algorithm.HMAC256(secret));
    }

    public static String sign(String username, String secret, long expireTime) {
        Date date = new Date(System.currentTimeMillis() + expireTime);
        return JWT.create()
                .withClaim("username", username)
                // ok: the lifetime comes from the caller
                .withExpiresAt(date)
                .sign(Algorithm.HMAC256(secret));
    }
}
