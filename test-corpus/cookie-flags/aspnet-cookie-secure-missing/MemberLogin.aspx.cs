using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Acme.Benefits.Web
{
    public partial class MemberLogin : Page
    {
        protected void SignIn_Click(object sender, EventArgs e)
        {
            if (!Membership.ValidateUser(Email.Text, Password.Text))
            {
                return;
            }
            var ticket = new FormsAuthenticationTicket(1, Email.Text, DateTime.Now, DateTime.Now.AddMinutes(20), RememberMe.Checked, "member");
            // expect: forms ticket cookie without Secure
            var authCookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket));
            authCookie.HttpOnly = true;
            Response.Cookies.Add(authCookie);

            // expect: inline HttpCookie for the member token
            Response.Cookies.Add(new HttpCookie("benefits_member_token", Guid.NewGuid().ToString("N")));
        }

        protected void Remember_Click(object sender, EventArgs e)
        {
            // ok: Secure is set on the cookie before it is added
            var remember = new HttpCookie("benefits_remember", Email.Text);
            remember.Secure = true;
            remember.HttpOnly = true;
            Response.Cookies.Add(remember);

            // ok: initializer sets Secure
            Response.Cookies.Add(new HttpCookie("benefits_session_hint", "1") { Secure = true, HttpOnly = true });
        }

        protected void SignOut_Click(object sender, EventArgs e)
        {
            FormsAuthentication.SignOut();
            // ok: deletion cookie, expired a year ago
            var expired = new HttpCookie("benefits_member_token", "");
            expired.Expires = DateTime.Now.AddYears(-1);
            Response.Cookies.Add(expired);
        }
    }
}
