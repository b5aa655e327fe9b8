package com.acme.payroll.access;

import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.cache.annotation.CacheEvict;

@Service
public class EmployeeAccessService {

    private final EmployeeRepository employees;
    private final RoleRepository roles;
    private final SessionRegistry sessionRegistry;
    private final JdbcUserDetailsManager userDetailsManager;
    private final SessionReaper sessionReaper;
    private final AccessAuditLog audit;

    public EmployeeAccessService(EmployeeRepository employees, RoleRepository roles, SessionRegistry sessionRegistry,
                                 JdbcUserDetailsManager userDetailsManager, SessionReaper sessionReaper,
                                 AccessAuditLog audit) {
        this.employees = employees;
        this.roles = roles;
        this.sessionRegistry = sessionRegistry;
        this.userDetailsManager = userDetailsManager;
        this.sessionReaper = sessionReaper;
        this.audit = audit;
    }

    @Transactional
    public void replaceRoles(long employeeId, Set<String> roleNames) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        // expect: the employee's open sessions keep the old roles
        employee.setRoles(roles.findAllByNameIn(roleNames));
        employees.save(employee);
        audit.record(employee.getUsername(), "ROLES_REPLACED");
    }

    @Transactional
    public void revokePayrollAdmin(String username) {
        var account = employees.findByUsername(username).orElseThrow();
        // expect: demotion through the role collection, sessions untouched
        account.getRoles().removeIf(role -> role.getName().equals("PAYROLL_ADMIN"));
        employees.saveAndFlush(account);
    }

    @Transactional
    public void updateAccess(long employeeId, AccessChange change) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        if (change.revokesAdmin()) {
            // expect: the change sits in an `if` of the block that loaded the employee
            employee.setAdmin(false);
        }
        employees.save(employee);
    }

    public void leaveApprovers(String username) {
        // ok: JdbcUserDetailsManager group operations are not modelled
        userDetailsManager.removeUserFromGroup(username, "leave-approvers");
    }

    @Transactional
    public void demoteToClerk(long employeeId) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        employee.setRoles(Set.of(roles.getByName("CLERK")));
        employees.save(employee);
        // ok: the previous finding's shape, but every session of the employee is expired here
        sessionRegistry.getAllSessions(employee.getUsername(), false).forEach(SessionInformation::expireNow);
    }

    @Transactional
    public void grantAuditor(long employeeId) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        // ok: expireSessionsOf (same class) expires the sessions after the save
        employee.getRoles().add(roles.getByName("AUDITOR"));
        employees.save(employee);
        expireSessionsOf(employee.getUsername());
    }

    @Transactional
    public void moveToContractors(long employeeId) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        // ok: SessionReaper.afterPrivilegeChange (another file) deletes the Spring Sessions, three calls deep
        employee.setAuthorities(roles.contractorAuthorities());
        employees.save(employee);
        sessionReaper.afterPrivilegeChange(employee);
    }

    @Transactional
    @CacheEvict(cacheNames = "employee-details", key = "#employeeId")
    public void setDepartmentAdmin(long employeeId, boolean admin) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        // ok: @CacheEvict drops the cached details the next request loads authorities from
        employee.setAdmin(admin);
        employees.save(employee);
    }

    @Transactional
    public Employee onboard(NewHire hire) {
        Employee employee = new Employee(hire.username(), hire.fullName());
        // ok: a brand-new account has no sessions yet
        employee.setRoles(Set.of(roles.getByName("EMPLOYEE")));
        return employees.save(employee);
    }

    public Employee publicProfile(long employeeId) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        // ok: hides the roles from the JSON view; nothing is changed in the store
        employee.setRoles(null);
        return employee;
    }

    @Transactional
    public void retitlePosting(long postingId, String title) {
        JobPosting posting = postings().findById(postingId).orElseThrow();
        // ok: a job title on a posting, not an account
        posting.setRole(title);
        postings().save(posting);
    }

    private void expireSessionsOf(String username) {
        for (SessionInformation info : sessionRegistry.getAllSessions(username, false)) {
            info.expireNow();
        }
    }

    private JobPostingRepository postings() {
        return JobPostingRepository.instance();
    }
}
