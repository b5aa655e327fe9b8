package com.acme.procurement.supplier;

import java.io.IOException;
import java.text.ParseException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.web.filter.OncePerRequestFilter;

public class SupplierPortalAuthFilter extends OncePerRequestFilter {

    private final SupplierDirectory suppliers;

    public SupplierPortalAuthFilter(SupplierDirectory suppliers) {
        this.suppliers = suppliers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bearer = request.getHeader("Authorization");
        try {
            // expect: the supplier id is taken from a token nobody verified
            JWTClaimsSet claims = SignedJWT.parse(bearer.substring(7)).getJWTClaimsSet();
            request.setAttribute("supplier", suppliers.byId(claims.getSubject()));
        } catch (ParseException e) {
            response.sendError(401);
            return;
        }
        chain.doFilter(request, response);
    }

    String buyerOf(String token) throws ParseException {
        // expect: JWTParser.parse also accepts plain (unsigned) tokens
        JWT jwt = JWTParser.parse(token);
        return jwt.getJWTClaimsSet().getStringClaim("buyer");
    }
}
