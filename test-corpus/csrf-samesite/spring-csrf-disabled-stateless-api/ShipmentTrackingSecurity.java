package com.acme.logistics.tracking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

@Configuration
public class ShipmentTrackingSecurity {

    @Bean
    public SecurityWebFilterChain tracking(ServerHttpSecurity http) {
        return http
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                // expect: a WebFlux resource server without a security context store
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    public SecurityWebFilterChain trackingUi(ServerHttpSecurity http) {
        // ok: CSRF stays on for the UI chain
        return http
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .csrf(Customizer.withDefaults())
                .build();
    }
}
