package com.acme.procurement.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration
public class SupplierWebFluxSecurity {

    @Bean
    public SecurityWebFilterChain supplierPortal(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .formLogin(Customizer.withDefaults())
                // expect: WebFlux method reference on a session-backed portal
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    @Bean
    public SecurityWebFilterChain catalogue(ServerHttpSecurity http) {
        // ok: the WebFlux default keeps CSRF protection on
        return http
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
