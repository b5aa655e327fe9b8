package com.acme.hr.security;

import java.io.IOException;
import java.util.List;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads the bearer token that the HR gateway forwards. */
public class EmployeeAuthFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            // expect: claims are trusted without any signature check in this filter
            DecodedJWT jwt = JWT.decode(header.substring(7));
            List<SimpleGrantedAuthority> roles = jwt.getClaim("roles").asList(String.class).stream()
                    .map(SimpleGrantedAuthority::new)
                    .toList();
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(jwt.getSubject(), null, roles));
        }
        chain.doFilter(request, response);
    }

    static String tenantOf(String token) {
        // expect: the tenant used for data routing comes from an unverified token
        return com.auth0.jwt.JWT.decode(token).getClaim("tenant").asString();
    }
}
