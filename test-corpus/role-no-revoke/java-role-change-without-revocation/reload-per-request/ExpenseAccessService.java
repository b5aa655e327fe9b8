package com.acme.expenses.access;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ExpenseAccessService {

    private final ApproverRepository approvers;

    public ExpenseAccessService(ApproverRepository approvers) {
        this.approvers = approvers;
    }

    @Transactional
    public void changeLimits(long approverId, Set<String> roles) {
        Approver approver = approvers.findById(approverId).orElseThrow();
        // ok: this API is stateless and its JWT carries no roles; the filter reloads the approver on every request
        approver.setRoles(roles);
        approvers.save(approver);
    }
}
