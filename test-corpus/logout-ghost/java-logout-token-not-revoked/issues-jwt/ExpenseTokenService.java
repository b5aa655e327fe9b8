package com.acme.expenses.auth;

import java.time.Instant;
import java.util.Date;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.stereotype.Service;

@Service
public class ExpenseTokenService {

    private final SigningKeys keys;

    public ExpenseTokenService(SigningKeys keys) {
        this.keys = keys;
    }

    public String issueAccessToken(Employee employee) {
        Instant now = Instant.now();
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                .claim("dept", employee.getDepartment())
                .setIssuedAt(Date.from(now))
                .setExpiration(Date.from(now.plusSeconds(900)))
                .signWith(keys.current(), SignatureAlgorithm.RS256)
                .compact();
    }
}
