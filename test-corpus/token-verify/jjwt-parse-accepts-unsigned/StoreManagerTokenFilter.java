package com.acme.retail.security;

import java.io.IOException;
import java.security.Key;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;

import org.springframework.web.filter.OncePerRequestFilter;

/** jjwt 0.11 filter in front of the store-manager API. */
public class StoreManagerTokenFilter extends OncePerRequestFilter {

    private final JwtParser parser;
    private final Key signingKey;
    private final ManagerSessions sessions;

    public StoreManagerTokenFilter(Key signingKey, ManagerSessions sessions) {
        this.signingKey = signingKey;
        this.sessions = sessions;
        this.parser = Jwts.parserBuilder().setSigningKey(signingKey).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("X-Store-Token");
        if (token != null) {
            // expect: parse() returns an unsigned token unchecked, the cast then trusts it
            Claims claims = (Claims) parser.parse(token).getBody();
            sessions.bind(claims.getSubject(), claims.get("store", String.class));
        }
        chain.doFilter(request, response);
    }

    Claims kioskClaims(String token) {
        // expect: the chained form, same problem
        return (Claims) Jwts.parser().setSigningKey(signingKey).parse(token).getBody();
    }

    Claims auditClaims(String token) {
        // ok: parseClaimsJws requires a valid signature
        return Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJws(token).getBody();
    }

    String region(String token) {
        // expect: parseClaimsJwt only accepts unsigned tokens
        return Jwts.parserBuilder().build().parseClaimsJwt(token).getBody().get("region", String.class);
    }

    LocalDateRange period(String text) {
        // ok: an unrelated parse() on a value object
        return LocalDateRange.parse(text);
    }
}
