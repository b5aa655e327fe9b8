using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options =>
{
    // expect: an idle session survives a whole working day
    options.IdleTimeout = TimeSpan.FromHours(8);
    options.Cookie.HttpOnly = true;
    options.Cookie.IsEssential = true;
});
// expect: expression-bodied lambda, two hours
builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(120));
// ok: twenty minutes (the default)
builder.Services.Configure<SessionOptions>(o => o.IdleTimeout = TimeSpan.FromMinutes(20));
builder.Services.AddHttpClient("payroll", client =>
{
    // ok: an HTTP client timeout, not a session
    client.Timeout = TimeSpan.FromHours(1);
});

var app = builder.Build();
app.UseSession();
app.Run();
