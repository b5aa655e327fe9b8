package com.acme.payroll;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.SignatureException;

import org.junit.jupiter.api.Test;

class PayrollTokenServiceTest {

    @Test
    void rejectsTokenSignedWithAnotherKey() {
        String forged = Jwts.builder()
                .setSubject("E-1001")
                // ok: a test forges a token with a throwaway key; test sources are not shipped
                .signWith(SignatureAlgorithm.HS512, "not-the-payroll-key")
                .compact();
        assertThatThrownBy(() -> service().authenticate(forged)).isInstanceOf(SignatureException.class);
    }
}
