package com.acme.procurement.auth;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;

/** jjwt 0.12 reader for purchase-order approval tokens. */
public class ProcurementTokenReader {

    private final JwtParser approvals;
    private final JwtParser legacyImports;

    public ProcurementTokenReader(SecretKey approvalKey) {
        this.approvals = Jwts.parser().verifyWith(approvalKey).build();
        // expect: unsecured() lets the legacy import parser accept alg=none tokens
        this.legacyImports = Jwts.parser().unsecured().build();
    }

    public Claims approval(String token) {
        // ok: a 0.12 parser built with verifyWith rejects unsigned tokens in parse()
        Jwt<?, ?> jwt = approvals.parse(token);
        return (Claims) jwt.getPayload();
    }

    public Claims approvalSigned(String token) {
        // ok: the signed entry point
        return approvals.parseSignedClaims(token).getPayload();
    }

    public Claims legacyImport(String token) {
        // expect: explicitly unsecured claims
        return legacyImports.parseUnsecuredClaims(token).getPayload();
    }

    public Claims viaChain(String token, SecretKey key) {
        // ok: the chain uses verifyWith (0.12)
        return (Claims) Jwts.parser().verifyWith(key).build().parse(token).getPayload();
    }
}
