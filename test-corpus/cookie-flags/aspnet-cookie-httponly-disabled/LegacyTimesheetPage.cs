using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Acme.Timesheets.Legacy
{
    public partial class LegacyTimesheetPage : Page
    {
        protected void LoginButton_Click(object sender, EventArgs e)
        {
            var ticket = new FormsAuthenticationTicket(1, UserName.Text, DateTime.Now, DateTime.Now.AddMinutes(30), false, "employee");
            var authCookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket));
            // expect: System.Web forms ticket cookie readable from script
            authCookie.HttpOnly = false;
            Response.Cookies.Add(authCookie);
        }

        protected void ExportButton_Click(object sender, EventArgs e)
        {
            // expect: System.Web HttpCookie initializer
            Response.Cookies.Add(new HttpCookie("TimesheetExport", ExportId.Value) { HttpOnly = false, Secure = true });
        }

        protected void LogoutButton_Click(object sender, EventArgs e)
        {
            FormsAuthentication.SignOut();
            // ok: expiring the forms cookie on logout
            Response.Cookies.Add(new HttpCookie(FormsAuthentication.FormsCookieName, "") { HttpOnly = false, Expires = DateTime.Now.AddYears(-1) });
        }
    }
}
