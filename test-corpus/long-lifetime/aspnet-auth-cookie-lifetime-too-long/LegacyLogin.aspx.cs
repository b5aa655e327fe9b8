using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Acme.Payroll.Legacy
{
    public partial class LegacyLogin : Page
    {
        protected void btnLogin_Click(object sender, EventArgs e)
        {
            if (!Membership.ValidateUser(txtUser.Text, txtPassword.Text))
            {
                return;
            }
            // expect: a Forms ticket valid for a year
            var ticket = new FormsAuthenticationTicket(1, txtUser.Text, DateTime.Now, DateTime.Now.AddYears(1), chkRemember.Checked, "clerk");
            var cookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket))
            {
                HttpOnly = true,
                // expect: and the cookie carrying it
                Expires = DateTime.Now.AddYears(1),
            };
            Response.Cookies.Add(cookie);
            // ok: a ticket for one working day
            var shortTicket = new FormsAuthenticationTicket(1, txtUser.Text, DateTime.Now, DateTime.Now.AddHours(9), false, "clerk");
            Response.Redirect(FormsAuthentication.GetRedirectUrl(txtUser.Text, false));
        }
    }
}
