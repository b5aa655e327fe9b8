package com.acme.finance.tenancy;

import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

public class TenantJwtRouting {

    private final TenantVerifiers verifiers;

    public TenantJwtRouting(TenantVerifiers verifiers) {
        this.verifiers = verifiers;
    }

    public String issuerOf(String token) throws ParseException {
        // ok: the issuer only selects the tenant's verifier below
        return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
    }

    public JWTClaimsSet authenticate(String token) throws ParseException, JOSEException {
        // ok: parsed, then verified with the tenant's key in this file
        SignedJWT jwt = SignedJWT.parse(token);
        JWSVerifier verifier = verifiers.forIssuer(jwt.getJWTClaimsSet().getIssuer());
        if (!jwt.verify(verifier)) {
            throw new JOSEException("signature check failed");
        }
        return jwt.getJWTClaimsSet();
    }
}
