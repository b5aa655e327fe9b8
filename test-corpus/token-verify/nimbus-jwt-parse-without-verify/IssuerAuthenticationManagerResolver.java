package com.acme.finance.tenancy;

import java.text.ParseException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Picks the per-tenant resource-server manager; each manager verifies the token itself. */
public class IssuerAuthenticationManagerResolver implements AuthenticationManagerResolver<HttpServletRequest> {

    private final Map<String, AuthenticationManager> managers;

    public IssuerAuthenticationManagerResolver(Map<String, AuthenticationManager> managers) {
        this.managers = managers;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        try {
            // ok: only the issuer is read, to choose the manager that verifies the token
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            // ok: the key id is routing metadata as well
            String keyId = SignedJWT.parse(token).getHeader().getKeyID();
            return managers.getOrDefault(issuer + "#" + keyId, managers.get(issuer));
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("malformed token");
        }
    }
}
