package com.acme.inventory.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
public class ShopFloorSecurityConfig {

    private static final int NINETY_DAYS = 90 * 24 * 60 * 60;

    @Value("${shopfloor.remember-me.seconds}")
    private int configuredValidity;

    @Bean
    @Order(1)
    SecurityFilterChain terminals(HttpSecurity http, UserDetailsService users) throws Exception {
        http.securityMatcher("/terminal/**")
            .formLogin(form -> form.loginPage("/terminal/login"))
            .rememberMe(remember -> remember
                .userDetailsService(users)
                // expect: effectively never expires
                .tokenValiditySeconds(Integer.MAX_VALUE));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
        http.securityMatcher("/office/**")
            .formLogin(form -> form.loginPage("/office/login"))
            .rememberMe(remember -> remember
                // ok: two weeks (the default)
                .tokenValiditySeconds(14 * 24 * 60 * 60));
        return http.build();
    }

    @Bean
    TokenBasedRememberMeServices kioskRememberMe(UserDetailsService users, RememberMeKey key) {
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(key.value(), users);
        // expect: ninety days through a constant
        services.setTokenValiditySeconds(NINETY_DAYS);
        return services;
    }

    @Bean
    PersistentTokenBasedRememberMeServices supervisorRememberMe(UserDetailsService users, RememberMeKey key,
                                                               PersistentTokenRepository tokens) {
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(key.value(), users, tokens);
        // ok: from configuration
        services.setTokenValiditySeconds(configuredValidity);
        return services;
    }
}
