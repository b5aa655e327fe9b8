package com.acme.retail.storefront;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
public class StorefrontCookieConfig {

    @Bean
    public CookieSerializer cookieSerializer(StorefrontProperties properties) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SHOPSESSION");
        // expect: Spring Session cookie without Secure
        serializer.setUseSecureCookie(false);
        serializer.setUseHttpOnlyCookie(true);
        return serializer;
    }

    @Bean
    public CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        // expect: the CSRF cookie customizer drops Secure as well
        repository.setCookieCustomizer(cookie -> cookie.secure(false));
        return repository;
    }

    public ResponseCookie cartCookie(String cartToken) {
        return ResponseCookie.from("CART_TOKEN", cartToken)
                .httpOnly(true)
                // expect: builder with secure(false)
                .secure(false)
                .path("/")
                .maxAge(Duration.ofDays(30))
                .build();
    }

    public ResponseCookie expireCart() {
        return ResponseCookie.from("CART_TOKEN", "")
                // ok: deletion cookie (empty value, max age zero)
                .secure(false)
                .maxAge(0)
                .build();
    }

    public ResponseCookie wishlist(String id, StorefrontProperties properties) {
        // ok: from configuration
        return ResponseCookie.from("WISHLIST", id).secure(properties.isSecureCookies()).httpOnly(true).build();
    }
}
