using System;
using System.Web;

namespace Acme.Timeclock.Legacy
{
    public class ClockInHandler : IHttpHandler
    {
        public bool IsReusable => false;

        public void ProcessRequest(HttpContext context)
        {
            var badge = context.Request.Form["badge"];
            var shiftCookie = new HttpCookie("shift_session", ShiftStore.Open(badge));
            shiftCookie.HttpOnly = true;
            // expect: System.Web cookie with Secure off
            shiftCookie.Secure = false;
            context.Response.Cookies.Add(shiftCookie);

            // expect: HttpCookie initializer
            context.Response.Cookies.Add(new HttpCookie("shift_badge", badge) { HttpOnly = true, Secure = false });
        }
    }
}
