package com.acme.inventory.auth;

import javax.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

@Component
public class ClientBindingPolicy {

    private final PartnerNetworkRegistry networks;

    public ClientBindingPolicy(PartnerNetworkRegistry networks) {
        this.networks = networks;
    }

    public void admit(RefreshToken stored, HttpServletRequest http) {
        checkOrigin(stored, http);
    }

    private void checkOrigin(RefreshToken stored, HttpServletRequest http) {
        if (!networks.allows(stored.getPartnerId(), http.getRemoteAddr())) {
            throw new BadCredentialsException("refresh token used outside the partner network");
        }
    }
}
