package com.acme.benefits.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.acme.benefits.auth.BenefitsMember;
import com.acme.benefits.auth.MemberDirectory;
import com.acme.benefits.auth.SessionHygiene;

@Controller
public class BenefitsLoginController {

    private final MemberDirectory members;
    private final SessionHygiene sessionHygiene;

    public BenefitsLoginController(MemberDirectory members, SessionHygiene sessionHygiene) {
        this.members = members;
        this.sessionHygiene = sessionHygiene;
    }

    @PostMapping("/benefits/login")
    public String login(@RequestParam String memberId, @RequestParam String password, HttpServletRequest request) {
        BenefitsMember member = members.verify(memberId, password);
        renewSession(request);
        HttpSession session = request.getSession();
        // ok: renewSession (same class) changed the id first
        session.setAttribute("benefitsMember", member);
        return "redirect:/benefits";
    }

    @PostMapping("/benefits/broker/login")
    public String brokerLogin(@RequestParam String brokerId, @RequestParam String password, HttpServletRequest request) {
        BenefitsMember broker = members.verifyBroker(brokerId, password);
        sessionHygiene.startAuthenticated(request);
        // ok: SessionHygiene.startAuthenticated (another file) invalidates and recreates the session
        request.getSession().setAttribute("benefitsMember", broker);
        return "redirect:/benefits/broker";
    }

    @PostMapping("/benefits/dependant/login")
    public String dependantLogin(@RequestParam String memberId, @RequestParam String pin, HttpServletRequest request) {
        BenefitsMember dependant = members.verifyPin(memberId, pin);
        HttpSession session = request.getSession();
        // ok: the id is changed right after the write (attributes move to the new id)
        session.setAttribute("benefitsMember", dependant);
        request.changeSessionId();
        return "redirect:/benefits";
    }

    @PostMapping("/benefits/employer/login")
    public String employerLogin(@RequestParam String employerId, @RequestParam String password, HttpServletRequest request) {
        BenefitsMember admin = members.verifyEmployer(employerId, password);
        sessionHygiene.recordLogin(employerId);
        HttpSession session = request.getSession();
        // expect: recordLogin only writes an audit row; the id is never changed
        session.setAttribute("benefitsMember", admin);
        return "redirect:/benefits/employer";
    }

    @PostMapping("/benefits/pin/login")
    public String pinLogin(@RequestParam String memberId, @RequestParam String pin, HttpServletRequest request) {
        sessionHygiene.checkCaptcha(request);
        BenefitsMember member = members.verifyPin(memberId, pin);
        // ok: a request attribute for the confirmation view (checkCaptcha, called above, reads the session)
        request.setAttribute("benefitsMember", member);
        return "benefits/pin-confirm";
    }

    @GetMapping("/benefits/login-help")
    public String loginHelp(HttpServletRequest request) {
        // ok: not a login handler, although the name starts with login
        request.getSession().setAttribute("userHelpTopic", "password-reset");
        return "benefits/login-help";
    }

    private void renewSession(HttpServletRequest request) {
        request.changeSessionId();
    }
}
