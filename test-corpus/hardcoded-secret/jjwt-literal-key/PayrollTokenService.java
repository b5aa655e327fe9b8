package com.acme.payroll.security;

import java.util.Date;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

import org.springframework.stereotype.Service;

/**
 * Issues the short-lived tokens that the payroll SPA sends on every API call.
 * Written against jjwt 0.9 (string keys are base64-decoded by the library).
 */
@Service
public class PayrollTokenService {

    private static final long VALIDITY_MS = 15 * 60 * 1000L;

    // expect: the HS512 secret is a constant in the source, shared by the two sinks below
    private static final String SIGNING_SECRET = "cGF5cm9sbC1zaWduaW5nLXNlY3JldC0yMDIz";

    private final EmployeeDirectory directory;

    public PayrollTokenService(EmployeeDirectory directory) {
        this.directory = directory;
    }

    public String issue(Employee employee) {
        Date now = new Date();
        return Jwts.builder()
                .setSubject(employee.getBadge())
                .claim("grade", employee.getGrade())
                .setIssuedAt(now)
                .setExpiration(new Date(now.getTime() + VALIDITY_MS))
                .signWith(SignatureAlgorithm.HS512, SIGNING_SECRET)
                .compact();
    }

    public Employee authenticate(String bearer) {
        Claims claims = Jwts.parser()
                .setSigningKey(SIGNING_SECRET)
                .parseClaimsJws(bearer)
                .getBody();
        return directory.findByBadge(claims.getSubject());
    }

    public String issueKioskToken(String kioskId) {
        return Jwts.builder()
                .setSubject(kioskId)
                // expect: a second, inline literal for kiosk tokens
                .signWith(SignatureAlgorithm.HS256, "kiosk-clock-in-terminal-key")
                .compact();
    }
}
