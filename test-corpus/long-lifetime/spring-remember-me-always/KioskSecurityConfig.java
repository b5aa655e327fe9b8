package com.acme.kiosk.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
public class KioskSecurityConfig {

    @Bean
    SecurityFilterChain kiosk(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/kiosk/login"))
            .rememberMe(remember -> remember
                // expect: every kiosk login is remembered for the next person at the terminal
                .alwaysRemember(true));
        return http.build();
    }

    @Bean
    TokenBasedRememberMeServices legacyRememberMe(UserDetailsService users, RememberMeKey key) {
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(key.value(), users);
        // expect: the services form
        services.setAlwaysRemember(true);
        // ok: explicit default
        services.setAlwaysRemember(false);
        return services;
    }

    void legacyChain(HttpSecurity http) throws Exception {
        http.rememberMe()
            .rememberMeParameter("remember")
            // ok: the checkbox decides
            .alwaysRemember(false);
    }
}
