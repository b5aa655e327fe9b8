package com.acme.payroll.auth;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountSessionService {

    private final RefreshTokenRepository refreshTokens;
    private final LoginAuditRepository audit;

    public AccountSessionService(RefreshTokenRepository refreshTokens, LoginAuditRepository audit) {
        this.refreshTokens = refreshTokens;
        this.audit = audit;
    }

    @Transactional
    public void closeOut(String employeeNumber, String refreshToken) {
        audit.save(new LoginAudit(employeeNumber, "LOGOUT", Instant.now()));
        finishShift(refreshToken);
    }

    void finishShift(String refreshToken) {
        refreshTokens.deleteByTokenHash(TokenHashes.sha256(refreshToken));
    }
}
