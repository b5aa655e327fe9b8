package com.acme.payroll.export;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Jwts;

public class EncryptedPayslipToken {

    private final SecretKey exportKey;

    public EncryptedPayslipToken(SecretKey exportKey) {
        this.exportKey = exportKey;
    }

    public String wrap(String payslipJson) {
        // ok: an encrypted (JWE) token, protected by encryptWith
        return Jwts.builder()
                .content(payslipJson, "application/json")
                .encryptWith(exportKey, Jwts.ENC.A256GCM)
                .compact();
    }

    public String sign(String payslipJson) {
        // ok: signed (0.12 API)
        return Jwts.builder().content(payslipJson).signWith(exportKey).compact();
    }
}
