package com.acme.leave.auth;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LeaveTokenController {

    private final LeaveJwtService jwtService;
    private final LeaveTokenService tokenService;

    public LeaveTokenController(LeaveJwtService jwtService, LeaveTokenService tokenService) {
        this.jwtService = jwtService;
        this.tokenService = tokenService;
    }

    @PostMapping("/leave/auth/refresh")
    public ResponseEntity<String> refresh(@RequestBody RefreshRequest body) {
        String employee = jwtService.extractUsername(body.refreshToken());
        // todo-expect: the record accessor body.refreshToken() resolves by name to LeaveTokenService.refreshToken(String), whose minting call hides this one (calls are not told apart by arity)
        return ResponseEntity.ok(jwtService.generateToken(employee));
    }
}

record RefreshRequest(String refreshToken) {
}
