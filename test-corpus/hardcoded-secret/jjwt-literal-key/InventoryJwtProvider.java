package com.acme.inventory.auth;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Instant;
import java.util.Date;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** jjwt 0.11 provider for the warehouse scanners and the back office. */
@Component
public class InventoryJwtProvider {

    private final Key backOfficeKey;
    private final Key scannerKey;
    private final Key auditKey;

    public InventoryJwtProvider(@Value("${inventory.jwt.back-office-secret}") String backOfficeSecret) {
        // ok: the secret comes from configuration, without a default
        this.backOfficeKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(backOfficeSecret));
        // expect: the environment lookup falls back to a literal that ships with the jar
        this.scannerKey = Keys.hmacShaKeyFor(System.getenv().getOrDefault("SCANNER_JWT_SECRET", "scanner-dev-secret-do-not-use-in-prod").getBytes(StandardCharsets.UTF_8));
        // ok: a random key generated at start-up (tokens do not survive a restart, by design)
        this.auditKey = Keys.secretKeyFor(SignatureAlgorithm.HS256);
    }

    public String forScanner(String scannerId, String warehouse) {
        return Jwts.builder()
                .setSubject(scannerId)
                .claim("warehouse", warehouse)
                .setExpiration(Date.from(Instant.now().plusSeconds(8 * 3600)))
                // ok: a Key object, not a literal
                .signWith(scannerKey, SignatureAlgorithm.HS256)
                .compact();
    }

    public Jws<Claims> readBackOffice(String token) {
        return Jwts.parserBuilder()
                // ok: key built from configuration above
                .setSigningKey(backOfficeKey)
                .build()
                .parseClaimsJws(token);
    }

    public Jws<Claims> readLegacyLabelPrinter(String token) {
        return Jwts.parserBuilder()
                // expect: the label printers still use a base64 secret baked into the code
                .setSigningKey(Decoders.BASE64.decode("bGFiZWwtcHJpbnRlci1zaGFyZWQta2V5LTIwMjEtdjI="))
                .build()
                .parseClaimsJws(token);
    }

    public String auditTrailToken(String batchId) {
        // ok: random start-up key
        return Jwts.builder().setSubject(batchId).signWith(auditKey).compact();
    }
}
