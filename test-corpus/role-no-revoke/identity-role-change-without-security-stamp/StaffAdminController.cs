using System;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Acme.Payroll.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Payroll.Web.Controllers;

[ApiController]
[Route("api/staff")]
[Authorize(Roles = "PayrollAdmin")]
public class StaffAdminController : ControllerBase
{
    private readonly UserManager<PayrollUser> _userManager;
    private readonly RoleManager<IdentityRole> _roleManager;
    private readonly StaffSessionTerminator _terminator;

    public StaffAdminController(UserManager<PayrollUser> userManager, RoleManager<IdentityRole> roleManager,
        StaffSessionTerminator terminator)
    {
        _userManager = userManager;
        _roleManager = roleManager;
        _terminator = terminator;
    }

    [HttpPost]
    public async Task<IActionResult> RevokeAdmin(string id)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // expect: the demoted admin keeps PayrollAdmin in the JWTs issued before
        await _userManager.RemoveFromRoleAsync(staff, "PayrollAdmin");
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> ChangeRoles(string id, string[] roles)
    {
        var staff = await _userManager.FindByIdAsync(id);
        var current = await _userManager.GetRolesAsync(staff);
        // expect: bulk role edit, no stamp update
        await _userManager.RemoveFromRolesAsync(staff, current.Except(roles));
        // ok: a plain grant, the old tokens only lack the new roles
        await _userManager.AddToRolesAsync(staff, roles.Except(current));
        return NoContent();
    }


    [HttpPost]
    public async Task<IActionResult> GrantApproval(string id, string costCenter)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // ok: a permission granted, nothing the old tokens carry is withdrawn
        await _userManager.AddClaimAsync(staff, new Claim("approve:cost-center", costCenter));
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> RestrictToReadOnly(string id)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // expect: a restricting role, the tokens already issued never carry it
        await _userManager.AddToRoleAsync(staff, "PayrollReadOnly");
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> WithdrawApproval(string id, string costCenter)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // expect: a permission claim taken away from an existing user
        await _userManager.RemoveClaimAsync(staff, new Claim("approve:cost-center", costCenter));
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> Demote(string id)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // ok: the security stamp of the same user is rotated right after
        await _userManager.RemoveFromRoleAsync(staff, "PayrollAdmin");
        await _userManager.UpdateSecurityStampAsync(staff);
        return NoContent();
    }


    [HttpPost]
    public async Task<IActionResult> MoveToAuditors(string id)
    {
        var staff = await _userManager.FindByIdAsync(id);
        // ok: the session terminator (another file) ends every session of the user
        await _userManager.RemoveFromRoleAsync(staff, "PayrollClerk");
        await _terminator.Apply(staff);
        return NoContent();
    }


    [HttpPost]
    public async Task<IActionResult> UpdateDisplayName(string id, string displayName)
    {
        var staff = await _userManager.FindByIdAsync(id);
        var old = (await _userManager.GetClaimsAsync(staff)).First(c => c.Type == ClaimTypes.GivenName);
        // ok: a profile claim, not a privilege
        await _userManager.ReplaceClaimAsync(staff, old, new Claim(ClaimTypes.GivenName, displayName));
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> AddRolePermission(string roleName, string permission)
    {
        var role = await _roleManager.FindByNameAsync(roleName);
        // ok: RoleManager claim of a role, not of a user
        await _roleManager.AddClaimAsync(role, new Claim("permission", permission));
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> SyncRoles(string id, string[] roles)
    {
        var staff = await _userManager.FindByIdAsync(id);
        await ApplyRoleChanges(staff, roles);
        await _userManager.UpdateSecurityStampAsync(staff);
        return NoContent();
    }

    private async Task ApplyRoleChanges(PayrollUser staff, string[] roles)
    {
        var current = await _userManager.GetRolesAsync(staff);
        // todo-ok: the caller rotates the stamp once this helper returns; evidence in callers is not followed
        await _userManager.RemoveFromRolesAsync(staff, current.Except(roles));
        await _userManager.AddToRolesAsync(staff, roles.Except(current));
    }

}
