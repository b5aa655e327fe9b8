using Acme.Hr.Web.Payroll;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews(options =>
{
    // expect: a global filter switches antiforgery validation off for every MVC action
    options.Filters.Add(new IgnoreAntiforgeryTokenAttribute());
});

builder.Services.AddRazorPages(options =>
{
    // expect: Razor Pages validate antiforgery by default; this folder opts out
    options.Conventions.AddFolderApplicationModelConvention("/Payroll", model => model.Filters.Add(new IgnoreAntiforgeryTokenAttribute()));
});

builder.Services.AddAuthentication().AddCookie().AddJwtBearer();
builder.Services.AddAntiforgery();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapPost("/payroll/import", async ([FromForm] PayrollImport import, IPayrollService payroll) =>
{
    await payroll.ImportAsync(import);
    return Results.Accepted();
})
.RequireAuthorization()
// expect: form-bound endpoint under cookie auth without antiforgery validation
.DisableAntiforgery();

app.MapPost("/payroll/attachments", async (IFormFile file, IPayrollService payroll) =>
{
    await payroll.AttachAsync(file);
    return Results.Ok();
})
.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme })
// ok: bearer-token endpoint: the Authorization header is not sent cross-site by browsers
.DisableAntiforgery();

app.MapPost("/payroll/approve", async ([FromForm] int runId, IPayrollService payroll) =>
{
    await payroll.ApproveRunAsync(runId);
    return Results.Ok();
})
// expect: metadata form of DisableAntiforgery
.WithMetadata(new RequireAntiforgeryTokenAttribute(false));

app.MapPost("/payroll/recalculate", async ([FromForm] int runId, IPayrollService payroll) =>
{
    await payroll.RecalculateAsync(runId);
    return Results.Ok();
})
// ok: antiforgery explicitly required
.WithMetadata(new RequireAntiforgeryTokenAttribute(true));

app.MapRazorPages();
app.MapDefaultControllerRoute();
app.Run();
