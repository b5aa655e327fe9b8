package com.acme.inventory.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;

@Configuration
public class TokenLoginFilterConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        JsonLoginFilter login = new JsonLoginFilter(manager);
        // ok: a stateless token API keeps no session to fix
        login.setSessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy());
        return http
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilter(login)
                .build();
    }

    @Bean
    SecurityFilterChain scanners(HttpSecurity http) throws Exception {
        return http.securityMatcher("/scanners/**")
                // ok: same stateless project
                .sessionManagement(s -> s.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .build();
    }
}
