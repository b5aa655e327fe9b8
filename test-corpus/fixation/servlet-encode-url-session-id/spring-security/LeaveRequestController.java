package com.acme.leave.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class LeaveRequestController {

    @PostMapping("/leave/submit")
    public void submit(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        // ok: Spring Security's default disables session URL rewriting (LeaveSecurityConfig.java)
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/leave"));
    }
}
