using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;
using Acme.Payroll.Data;

namespace Acme.Payroll.Web.Account
{
    public partial class Login : Page
    {
        private readonly PayrollDirectory _directory = new PayrollDirectory();

        protected void Page_Load(object sender, EventArgs e)
        {
            // ok: not a login event, and only a UI preference
            Session["Theme"] = Request.QueryString["theme"] ?? "light";
        }

        protected void btnLogin_Click(object sender, EventArgs e)
        {
            if (Membership.ValidateUser(txtUser.Text, txtPassword.Text))
            {
                // expect: identity written into the pre-login classic session
                Session["ClerkUserName"] = txtUser.Text;
                // expect: the role as well
                HttpContext.Current.Session["Role"] = _directory.RoleOf(txtUser.Text);
                FormsAuthentication.RedirectFromLoginPage(txtUser.Text, false);
            }
            else
            {
                lblError.Text = "Invalid user name or password.";
            }
        }

        protected void btnSupervisorLogin_Click(object sender, EventArgs e)
        {
            if (FormsAuthentication.Authenticate(txtUser.Text, txtPassword.Text))
            {
                Session.Abandon();
                Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", "") { Expires = DateTime.Now.AddYears(-1) });
                // ok: the old session was abandoned and its cookie expired
                Session["Supervisor"] = txtUser.Text;
                FormsAuthentication.SetAuthCookie(txtUser.Text, false);
                Response.Redirect("~/Supervisor/Approvals.aspx");
            }
        }
    }
}
