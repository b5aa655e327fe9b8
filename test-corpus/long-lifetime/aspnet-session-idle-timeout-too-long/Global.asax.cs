using System;
using System.Web;

namespace Acme.Payroll.Legacy
{
    public class Global : HttpApplication
    {
        protected void Session_Start(object sender, EventArgs e)
        {
            // expect: ten hours (Session.Timeout is in minutes)
            Session.Timeout = 600;
        }

        protected void Application_AcquireRequestState(object sender, EventArgs e)
        {
            if (HttpContext.Current.Session != null && Request.Path.StartsWith("/kiosk"))
            {
                // ok: fifteen minutes for kiosks
                HttpContext.Current.Session.Timeout = 15;
            }
        }
    }
}
