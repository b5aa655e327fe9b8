package com.acme.inventory.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SupplierPortalSecurityConfig {

    private final SupplierSessionTerminator sessionTerminator;

    public SupplierPortalSecurityConfig(SupplierSessionTerminator sessionTerminator) {
        this.sessionTerminator = sessionTerminator;
    }

    @Bean
    SecurityFilterChain supplierChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/suppliers/**")
            .logout(logout -> logout
                .addLogoutHandler(sessionTerminator)
                // ok: a custom LogoutHandler ends the Spring Session itself (deleteById)
                .invalidateHttpSession(false));
        return http.build();
    }
}
