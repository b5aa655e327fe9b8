package com.acme.leave.auth;

import org.springframework.stereotype.Service;

@Service
public class LeaveTokenService {

    private final LeaveJwtService jwtService;
    private final RefreshTokenRepository refreshTokens;

    public LeaveTokenService(LeaveJwtService jwtService, RefreshTokenRepository refreshTokens) {
        this.jwtService = jwtService;
        this.refreshTokens = refreshTokens;
    }

    public String refreshToken(String presented) {
        String employee = refreshTokens.findByToken(presented).orElseThrow().getEmployee();
        // ok: looked up in the store first
        return jwtService.generateToken(employee);
    }
}
