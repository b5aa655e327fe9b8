package com.acme.payroll.auth;

import java.util.Date;
import java.util.List;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payroll/auth")
public class PayrollTokenController {

    private final PayrollJwtService jwtService;
    private final EmployeeRepository employees;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenRepository accessTokens;
    private final RefreshGuard refreshGuard;
    private final SigningKeys keys;

    public PayrollTokenController(PayrollJwtService jwtService, EmployeeRepository employees,
                                  RefreshTokenRepository refreshTokens, AccessTokenRepository accessTokens,
                                  RefreshGuard refreshGuard, SigningKeys keys) {
        this.jwtService = jwtService;
        this.employees = employees;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.refreshGuard = refreshGuard;
        this.keys = keys;
    }

    @PostMapping("/refresh")
    public ResponseEntity<TokenPair> refresh(@RequestBody RefreshRequest body) {
        String employeeNumber = jwtService.extractUsername(body.refreshToken());
        Employee employee = employees.findByEmployeeNumber(employeeNumber)
                .orElseThrow(() -> new BadCredentialsException("unknown employee"));
        if (!jwtService.isTokenValid(body.refreshToken(), employee)) {
            throw new BadCredentialsException("invalid refresh token");
        }
        // expect: signature and expiry only (revoking the other access tokens afterwards does not check this one)
        String access = jwtService.generateToken(employee);
        // ok: only the first issuance of the handler is reported
        String refresh = jwtService.generateRefreshToken(employee);
        revokeOtherAccessTokens(employee);
        return ResponseEntity.ok(new TokenPair(access, refresh));
    }

    @PostMapping("/mobile/token/refresh")
    public ResponseEntity<String> mobileRefresh(@RequestBody RefreshRequest body) {
        Claims claims = Jwts.parserBuilder().setSigningKey(keys.refreshKey()).build()
                .parseClaimsJws(body.refreshToken()).getBody();
        Date created = claims.get("created", Date.class);
        // expect: raw jjwt: the refresh JWT is parsed and a new access token built, no store involved (claims.get is a Map read, not the RedisCache.get of this project)
        String access = Jwts.builder()
                .setSubject(claims.getSubject())
                .setExpiration(new Date(System.currentTimeMillis() + 900_000))
                .signWith(keys.accessKey())
                .compact();
        return ResponseEntity.ok(access);
    }

    @PostMapping("/kiosk/refresh-token")
    public ResponseEntity<TokenPair> kioskRefresh(@RequestBody RefreshRequest body) {
        String employeeNumber = jwtService.extractUsername(body.refreshToken());
        RefreshToken stored = refreshTokens.findByTokenHash(TokenHashes.sha256(body.refreshToken()))
                .filter(token -> !token.isRevoked())
                .orElseThrow(() -> new BadCredentialsException("refresh token revoked"));
        stored.setRevoked(true);
        refreshTokens.save(stored);
        // ok: the presented token was looked up, checked and rotated
        return ResponseEntity.ok(jwtService.issuePair(employees.getByEmployeeNumber(employeeNumber)));
    }

    @PostMapping("/contractor/refresh")
    public ResponseEntity<String> contractorRefresh(@RequestBody RefreshRequest body) {
        String employeeNumber = jwtService.extractUsername(body.refreshToken());
        assertStillActive(body.refreshToken());
        // ok: assertStillActive (same class) checks the token store
        return ResponseEntity.ok(jwtService.generateToken(employees.getByEmployeeNumber(employeeNumber)));
    }

    @PostMapping("/device/refresh")
    public ResponseEntity<String> deviceRefresh(@RequestBody RefreshRequest body) {
        Claims claims = jwtService.parseClaims(body.refreshToken());
        refreshGuard.admit(claims);
        // ok: RefreshGuard.admit (another file) looks the jti up in Redis two calls down
        return ResponseEntity.ok(jwtService.generateToken(employees.getByEmployeeNumber(claims.getSubject())));
    }

    @PostMapping("/login")
    public ResponseEntity<String> login(@RequestBody LoginRequest body) {
        Employee employee = employees.findByEmployeeNumber(body.employeeNumber())
                .filter(e -> jwtService.checkPassword(e, body.password()))
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
        // ok: a login, not a refresh handler
        return ResponseEntity.ok(jwtService.generateToken(employee));
    }

    @PostMapping("/payslips/refresh-preview")
    public ResponseEntity<String> refreshPayslipPreview(@RequestBody PreviewRequest body) {
        String employeeNumber = jwtService.extractUsername(body.viewerToken());
        // ok: not a token refresh: re-renders a payslip preview link for the viewer
        return ResponseEntity.ok(jwtService.createPreviewToken(employeeNumber, body.period()));
    }

    // Revokes the employee's stored *access* tokens; the presented refresh token is never checked.
    private void revokeOtherAccessTokens(Employee employee) {
        List<AccessToken> valid = accessTokens.findAllValidTokenByEmployee(employee.getId());
        valid.forEach(token -> token.setRevoked(true));
        accessTokens.saveAll(valid);
    }

    private void assertStillActive(String refreshToken) {
        if (!refreshTokens.existsByTokenHashAndRevokedFalse(TokenHashes.sha256(refreshToken))) {
            throw new BadCredentialsException("refresh token revoked");
        }
    }
}
