package com.acme.retail.storefront;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/** Session-based storefront: the warning belongs to spring-csrf-disabled. */
@Configuration
public class StorefrontSecurityConfig {

    @Bean
    public SecurityFilterChain storefront(HttpSecurity http) throws Exception {
        http.formLogin(Customizer.withDefaults())
            // ok: not declared stateless, reported as a warning by the sibling rule instead
            .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
