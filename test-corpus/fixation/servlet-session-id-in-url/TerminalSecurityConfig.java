package com.acme.kiosk.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class TerminalSecurityConfig {

    @Bean
    SecurityFilterChain terminals(HttpSecurity http) throws Exception {
        http.securityMatcher("/terminal/**")
            .formLogin(form -> form.loginPage("/terminal/login"))
            .sessionManagement(session -> session
                // expect: lets encodeURL put the id into links again
                .enableSessionUrlRewriting(true));
        return http.build();
    }

    @Bean
    SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
        http.securityMatcher("/office/**")
            .sessionManagement(session -> session
                // ok: explicit default
                .enableSessionUrlRewriting(false));
        return http.build();
    }
}
