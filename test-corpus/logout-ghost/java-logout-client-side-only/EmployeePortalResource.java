package com.acme.hr.api;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.core.context.SecurityContextHolder;

@Path("/portal")
public class EmployeePortalResource {

    @POST
    @Path("/logout")
    public Response logout(@Context HttpServletRequest request, @Context HttpServletResponse response) {
        // expect: a JAX-RS logout that only deletes the cookie through a helper
        CookieUtils.deleteCookie(request, response, "PORTAL_TOKEN");
        return Response.noContent().build();
    }

    @POST
    @Path("/signoff")
    public Response signOff(@Context HttpServletRequest request, @Context HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        // ok: SecurityContextLogoutHandler invalidates the HTTP session
        CookieUtils.deleteCookie(request, response, "PORTAL_TOKEN");
        return Response.noContent().build();
    }
}

final class CookieUtils {

    private CookieUtils() {
    }

    static void deleteCookie(HttpServletRequest request, HttpServletResponse response, String name) {
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie(name, "");
        cookie.setPath("/");
        // ok: the helper itself is not a logout handler
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}
