package com.acme.payroll.security;

import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwk.Jwk;
import com.auth0.jwk.JwkProvider;

public class PayrollTokenVerifier {

    private final JwkProvider jwks;

    public PayrollTokenVerifier(JwkProvider jwks) {
        this.jwks = jwks;
    }

    public DecodedJWT verify(String token) throws Exception {
        // ok: the key id is read first to pick the JWKS key, then the token is verified
        Jwk jwk = jwks.get(JWT.decode(token).getKeyId());
        Algorithm algorithm = Algorithm.RSA256((java.security.interfaces.RSAPublicKey) jwk.getPublicKey(), null);
        JWTVerifier verifier = JWT.require(algorithm).withIssuer("https://login.acme.example/").build();
        return verifier.verify(token);
    }

    public String approverOf(String token) throws Exception {
        // ok: decoding a token that this file verifies
        DecodedJWT jwt = JWT.decode(token);
        verify(token);
        return jwt.getClaim("approver").asString();
    }
}
