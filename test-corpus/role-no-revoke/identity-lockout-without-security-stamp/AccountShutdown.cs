using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;

namespace Acme.Hr.Identity;

public class AccountShutdown
{
    private readonly UserManager<HrUser> _userManager;
    private readonly IHrAuditLog _audit;

    public AccountShutdown(UserManager<HrUser> userManager, IHrAuditLog audit)
    {
        _userManager = userManager;
        _audit = audit;
    }

    public async Task Complete(HrUser employee)
    {
        await _audit.RecordAsync(employee.Id, "offboarded");
        await _userManager.UpdateSecurityStampAsync(employee);
    }
}
