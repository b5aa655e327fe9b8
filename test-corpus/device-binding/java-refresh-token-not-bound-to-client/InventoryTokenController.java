package com.acme.inventory.auth;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/auth")
public class InventoryTokenController {

    private final RefreshTokenService refreshTokenService;
    private final RefreshTokenRepository refreshTokens;
    private final InventoryJwtUtils jwtUtils;
    private final ClientBindingPolicy bindingPolicy;

    public InventoryTokenController(RefreshTokenService refreshTokenService, RefreshTokenRepository refreshTokens,
                                    InventoryJwtUtils jwtUtils, ClientBindingPolicy bindingPolicy) {
        this.refreshTokenService = refreshTokenService;
        this.refreshTokens = refreshTokens;
        this.jwtUtils = jwtUtils;
        this.bindingPolicy = bindingPolicy;
    }

    @PostMapping("/refreshtoken")
    public ResponseEntity<TokenRefreshResponse> refreshtoken(@RequestBody TokenRefreshRequest request) {
        String presented = request.getRefreshToken();
        return refreshTokenService.findByToken(presented)
                .map(refreshTokenService::verifyExpiration)
                .map(RefreshToken::getClerk)
                .map(clerk -> {
                    // expect: stored and unexpired is all that is checked: any device may replay it
                    String token = jwtUtils.generateTokenFromUsername(clerk.getUsername());
                    return ResponseEntity.ok(new TokenRefreshResponse(token, presented));
                })
                .orElseThrow(() -> new BadCredentialsException("Refresh token is not in database"));
    }

    @PostMapping("/scanner/refresh")
    public ResponseEntity<String> scannerRefresh(@RequestBody TokenRefreshRequest request) {
        RefreshToken stored = refreshTokens.findByTokenHash(TokenHashes.sha256(request.getRefreshToken()))
                .orElseThrow(() -> new BadCredentialsException("unknown refresh token"));
        // expect: looked up, never compared with the scanner presenting it
        return ResponseEntity.ok(jwtUtils.generateToken(stored.getClerk()));
    }

    @PostMapping("/handheld/refresh")
    public ResponseEntity<String> handheldRefresh(@RequestBody TokenRefreshRequest request,
                                                  @RequestHeader("X-Device-Id") String deviceId) {
        RefreshToken stored = refreshTokens.findByTokenHash(TokenHashes.sha256(request.getRefreshToken()))
                .orElseThrow(() -> new BadCredentialsException("unknown refresh token"));
        if (!stored.getDeviceId().equals(deviceId)) {
            throw new BadCredentialsException("refresh token presented by another device");
        }
        // ok: the stored device id is compared with the caller's
        return ResponseEntity.ok(jwtUtils.generateToken(stored.getClerk()));
    }

    @PostMapping("/desk/refresh")
    public ResponseEntity<String> deskRefresh(@RequestBody TokenRefreshRequest request, HttpServletRequest http) {
        RefreshToken stored = refreshTokens.findByTokenHash(TokenHashes.sha256(request.getRefreshToken()))
                .orElseThrow(() -> new BadCredentialsException("unknown refresh token"));
        assertSameBrowser(stored, http);
        // ok: assertSameBrowser (same class) compares the User-Agent hash
        return ResponseEntity.ok(jwtUtils.generateToken(stored.getClerk()));
    }

    @PostMapping("/partner/refresh")
    public ResponseEntity<String> partnerRefresh(@RequestBody TokenRefreshRequest request, HttpServletRequest http) {
        RefreshToken stored = refreshTokens.findByTokenHash(TokenHashes.sha256(request.getRefreshToken()))
                .orElseThrow(() -> new BadCredentialsException("unknown refresh token"));
        bindingPolicy.admit(stored, http);
        // ok: ClientBindingPolicy.admit (another file) checks the origin two calls down
        return ResponseEntity.ok(jwtUtils.generateToken(stored.getClerk()));
    }

    @PostMapping("/legacy/refresh")
    public ResponseEntity<String> legacyRefresh(@RequestBody TokenRefreshRequest request) {
        String clerk = jwtUtils.getUserNameFromJwtToken(request.getRefreshToken());
        // ok: no store lookup at all: refresh-unlinked reports this handler, not device-binding
        return ResponseEntity.ok(jwtUtils.generateTokenFromUsername(clerk));
    }

    @PostMapping("/magic-link/login")
    public ResponseEntity<String> magicLinkLogin(@RequestBody MagicLinkRequest request) {
        MagicLink link = refreshTokens.findMagicLinkByTokenHash(TokenHashes.sha256(request.token()))
                .orElseThrow(() -> new BadCredentialsException("expired link"));
        // ok: a login by e-mail link, not a refresh handler
        return ResponseEntity.ok(jwtUtils.generateToken(link.getClerk()));
    }

    private void assertSameBrowser(RefreshToken stored, HttpServletRequest http) {
        String agent = http.getHeader("User-Agent");
        if (!TokenHashes.sha256(agent).equals(stored.getAgentHash())) {
            throw new BadCredentialsException("refresh token presented by another browser");
        }
    }
}
