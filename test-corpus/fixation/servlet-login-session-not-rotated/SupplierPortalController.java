package com.acme.procurement.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.acme.procurement.suppliers.SupplierAccount;
import com.acme.procurement.suppliers.SupplierDirectory;

@Controller
@RequestMapping("/suppliers/signin")
public class SupplierPortalController {

    private final SupplierDirectory suppliers;

    public SupplierPortalController(SupplierDirectory suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping
    public String form(HttpSession session) {
        // ok: the sign-in form only remembers where to go back to
        session.setAttribute("supplierReturnUrl", "/suppliers/orders");
        return "suppliers/signin";
    }

    @PostMapping
    public String submit(@RequestParam String vatNumber, @RequestParam String password, HttpServletRequest request) {
        SupplierAccount account = suppliers.verify(vatNumber, password);
        if (account == null) {
            return "redirect:/suppliers/signin?error";
        }
        // expect: bare @PostMapping under a class mapped to /suppliers/signin
        request.getSession().setAttribute("supplierAccount", account);
        return "redirect:/suppliers/orders";
    }
}

@Controller
@RequestMapping("/suppliers/orders")
class SupplierOrdersController {

    @PostMapping
    public String reorder(@RequestParam String sku, HttpServletRequest request) {
        // ok: an ordinary POST outside any login path
        request.getSession().setAttribute("lastReorderedByAccount", sku);
        return "redirect:/suppliers/orders";
    }
}
