using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Acme.Payroll.Legacy
{
    public partial class Logout : Page
    {
        protected void btnLogout_Click(object sender, EventArgs e)
        {
            // expect: Forms ticket removed, Session["Clerk"] kept
            FormsAuthentication.SignOut();
            Response.Redirect("~/Login.aspx");
        }

        protected void LoginStatus1_LoggingOut(object sender, EventArgs e)
        {
            // ok: the session is abandoned and its cookie expired
            FormsAuthentication.SignOut();
            Session.Abandon();
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", "") { Expires = DateTime.Now.AddYears(-1) });
        }
    }

    public partial class ClerkLogin : Page
    {
        protected void btnLogin_Click(object sender, EventArgs e)
        {
            if (Membership.ValidateUser(txtUser.Text, txtPassword.Text))
            {
                Session.Abandon();
                Session["ClerkUserName"] = txtUser.Text;
                FormsAuthentication.RedirectFromLoginPage(txtUser.Text, false);
            }
        }
    }
}
