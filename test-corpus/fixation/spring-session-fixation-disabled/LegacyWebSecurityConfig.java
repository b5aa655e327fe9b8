package com.acme.inventory.security;

import io.vavr.control.Option;
import java.util.stream.Stream;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;

public class LegacyWebSecurityConfig extends WebSecurityConfigurerAdapter {

    private final WarehouseProperties properties;

    public LegacyWebSecurityConfig(WarehouseProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http
            .authorizeRequests()
                .antMatchers("/stock/**").hasRole("CLERK")
                .and()
            .formLogin()
                .loginPage("/login")
                .and()
            .sessionManagement()
                .sessionFixation()
                // expect: classic chained configurer
                .none()
                .maximumSessions(2);
    }

    void configureKiosk(HttpSecurity http) throws Exception {
        // expect: one-line chain
        http.sessionManagement().sessionFixation().none();
    }

    void configureBackOffice(HttpSecurity http) throws Exception {
        http.sessionManagement()
            .sessionFixation()
            // ok: migrateSession keeps attributes under a fresh id
            .migrateSession();
    }

    boolean noneExpired(Stream<StockItem> items) {
        // ok: Stream#noneMatch, unrelated to sessions
        return items.noneMatch(StockItem::isExpired);
    }

    Option<String> warehouseCode() {
        String code = properties.code();
        // ok: Vavr Option.none(), unrelated to sessions
        return code == null ? Option.none() : Option.of(code);
    }
}
