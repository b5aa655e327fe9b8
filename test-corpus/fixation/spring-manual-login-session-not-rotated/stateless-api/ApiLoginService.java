package com.acme.timesheets.api;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
public class ApiLoginService {

    private final AuthenticationManager authenticationManager;

    public ApiLoginService(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    public Authentication login(String badge, String password) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(badge, password));
        // ok: the chain is STATELESS: nothing is saved in a session (the caller mints the token)
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }
}
