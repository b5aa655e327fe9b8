using System;
using System.Linq;
using System.Threading.Tasks;
using Acme.Inventory.Api.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Inventory.Api.Controllers;

public record RoleChange(string Role);

[ApiController]
[Authorize(Roles = "WarehouseManager")]
[Route("api/employees")]
public class EmployeesController : ControllerBase
{
    private readonly InventoryDbContext _db;
    private readonly IAccessRevoker _revoker;
    private readonly IEmployeeRepository _employeeRepository;

    public EmployeesController(InventoryDbContext db, IAccessRevoker revoker, IEmployeeRepository employeeRepository)
    {
        _db = db;
        _revoker = revoker;
        _employeeRepository = employeeRepository;
    }

    [HttpPut("{id:int}/role")]
    public async Task<IActionResult> ChangeRole(int id, RoleChange change)
    {
        var employee = await _db.Employees.SingleAsync(e => e.Id == id);
        // expect: the JWT issued before keeps the old role
        employee.Role = change.Role;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost("{id:int}/deactivate")]
    public async Task<IActionResult> Deactivate(int id)
    {
        var employee = await _db.Employees.FindAsync(id);
        // expect: deactivated, refresh tokens still work
        employee!.IsActive = false;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpDelete("{id:int}/roles/{role}")]
    public async Task<IActionResult> RemoveRole(int id, string role)
    {
        var employee = await _db.Employees.Include(e => e.Roles).SingleAsync(e => e.Id == id);
        // expect: role removed from the collection
        employee.Roles.Remove(employee.Roles.Single(r => r.Name == role));
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPut("{id:int}/role-v2")]
    public async Task<IActionResult> ChangeRoleAndRevoke(int id, RoleChange change)
    {
        var employee = await _db.Employees.SingleAsync(e => e.Id == id);
        // ok: token version bumped, checked on every request
        employee.Role = change.Role;
        employee.TokenVersion++;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost("{id:int}/suspend")]
    public async Task<IActionResult> Suspend(int id)
    {
        var employee = await _db.Employees.SingleAsync(e => e.Id == id);
        // ok: the access revoker (another file) deletes the employee's refresh tokens
        employee.Status = "Suspended";
        await _db.SaveChangesAsync();
        await _revoker.CutOff(employee.Id);
        return NoContent();
    }

    [HttpPost("{id:int}/lock")]
    public async Task<IActionResult> Lock(int id)
    {
        var employee = await _db.Employees.SingleAsync(e => e.Id == id);
        // ok: a helper of this controller revokes the refresh tokens first
        await DropTokens(employee.Id);
        employee.IsLocked = true;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost]
    public async Task<IActionResult> Hire(NewEmployee form)
    {
        var employee = new Employee { Name = form.Name, Email = form.Email };
        // ok: a new row, built here, not loaded from the user store
        employee.Role = "Picker";
        _db.Employees.Add(employee);
        await _db.SaveChangesAsync();
        return Created($"/api/employees/{employee.Id}", employee.Id);
    }

    [HttpPost("{id:int}/reactivate")]
    public async Task<IActionResult> Reactivate(int id)
    {
        var employee = await _db.Employees.FindAsync(id);
        // ok: re-activation grants access, it revokes nothing
        employee!.IsActive = true;
        // ok: accepting the invitation is not a privilege withdrawal
        employee.Status = "InvitationAccepted";
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost("{id:int}/ban")]
    public async Task<IActionResult> Ban(int id)
    {
        var employee = await _employeeRepository.GetByIdAsync(id);
        // expect: banned through the repository, tokens untouched
        employee.IsBanned = true;
        await _employeeRepository.UpdateAsync(employee);
        return NoContent();
    }

    [HttpPut("products/{sku}/status")]
    public async Task<IActionResult> RetireProduct(string sku)
    {
        var product = await _db.Products.SingleAsync(p => p.Sku == sku);
        // ok: a product, not a user
        product.Status = "Retired";
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost("orders/{id:int}/payment-failed")]
    public async Task<IActionResult> MarkPaymentFailed(int id)
    {
        var clerk = await CurrentEmployee();
        var payment = await _db.Payments.SingleAsync(p => p.OrderId == id);
        // ok: a payment row; the helper above loads an employee, but not this object
        payment.Status = "Failed";
        payment.HandledBy = clerk.Id;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    private Task<Employee> CurrentEmployee()
    {
        var employee = _db.Employees.Single(e => e.Email == User.Identity!.Name);
        return Task.FromResult(employee);
    }

    private async Task DropTokens(int employeeId)
    {
        await _db.RefreshTokens.Where(t => t.EmployeeId == employeeId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow));
    }
}
