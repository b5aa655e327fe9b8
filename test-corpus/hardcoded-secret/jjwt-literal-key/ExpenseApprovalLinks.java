package com.acme.finance.expenses;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

/** jjwt 0.12: one-click approval links e-mailed to cost-centre managers. */
public final class ExpenseApprovalLinks {

    // expect: the link key is a field initialised from a literal
    private static final SecretKey LINK_KEY = Keys.hmacShaKeyFor("expense-approval-links-hmac-key-2024-q3!".getBytes(StandardCharsets.UTF_8));

    private static final String VAULT_PATH = "finance/expenses/link-key";

    private final SecretKey reminderKey;

    private final SecretKey vaultKey;

    public ExpenseApprovalLinks(SecretStore vault) {
        // expect: an Optional fallback on the environment lookup is a literal
        this.reminderKey = Keys.hmacShaKeyFor(Optional.ofNullable(System.getenv("REMINDER_LINK_KEY")).orElse("reminders-local-key-00000000000000000").getBytes(StandardCharsets.UTF_8));
        // ok: read from the secret store; the path is not the key
        this.vaultKey = Keys.hmacShaKeyFor(vault.readBytes(VAULT_PATH));
    }

    public String approvalLink(String claimId, String managerId) {
        String token = Jwts.builder()
                .subject(managerId)
                .claim("claim", claimId)
                .expiration(Date.from(Instant.now().plus(Duration.ofDays(2))))
                .signWith(LINK_KEY)
                .compact();
        return "https://expenses.acme.example/approve?t=" + token;
    }

    public Claims open(String token) {
        // ok: verifyWith a key from the vault
        return Jwts.parser().verifyWith(vaultKey).build().parseSignedClaims(token).getPayload();
    }

    public String reminderLink(String claimId) {
        // ok: a freshly generated key would never be written like this, but a key object is not a literal
        return Jwts.builder().subject(claimId).signWith(reminderKey).compact();
    }
}
