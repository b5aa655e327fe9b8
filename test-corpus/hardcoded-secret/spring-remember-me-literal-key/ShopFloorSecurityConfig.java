package com.acme.inventory.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
public class ShopFloorSecurityConfig {

    @Value("${inventory.remember-me.key}")
    private String rememberMeKey;

    @Bean
    public SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
        http.formLogin(Customizer.withDefaults())
            // expect: the lambda DSL with a literal key
            .rememberMe(rememberMe -> rememberMe.key("back-office-2023").tokenValiditySeconds((int) Duration.ofDays(7).toSeconds()));
        return http.build();
    }

    @Bean
    public RememberMeServices kioskRememberMe(KioskUserDetailsService kioskUsers) {
        // expect: hash-based remember-me services constructed with a literal key
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices("kiosk-terminals", kioskUsers);
        services.setTokenValiditySeconds(8 * 3600);
        return services;
    }

    @Bean
    public RememberMeServices managerRememberMe(ManagerUserDetailsService managers, PersistentTokenRepository tokens) {
        // ok: persistent tokens with the key from configuration
        return new PersistentTokenBasedRememberMeServices(rememberMeKey, managers, tokens);
    }

    @Bean
    public SecurityFilterChain reports(HttpSecurity http) throws Exception {
        http.formLogin(Customizer.withDefaults())
            // ok: a random key per start (the Spring default when key(..) is omitted)
            .rememberMe(rememberMe -> rememberMe.key(UUID.randomUUID().toString()));
        return http.build();
    }

    @Bean
    public SecurityFilterChain receiving(HttpSecurity http, ReportCache cache) throws Exception {
        http.formLogin(Customizer.withDefaults())
            .rememberMe(Customizer.withDefaults());
        // ok: `key(..)` of an unrelated builder, outside any remember-me configuration
        cache.entry().key("receiving-dashboard").ttl(Duration.ofMinutes(5));
        return http.build();
    }
}
