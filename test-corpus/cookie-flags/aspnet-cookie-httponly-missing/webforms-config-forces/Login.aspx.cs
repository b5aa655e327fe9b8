using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Contoso.Portal
{
    public partial class Login : Page
    {
        protected void SignIn_Click(object sender, EventArgs e)
        {
            if (!Membership.ValidateUser(UserName.Text, Password.Text))
            {
                return;
            }
            // ok: web.config <httpCookies httpOnlyCookies="true"> makes every System.Web HttpCookie HttpOnly
            var sessionCookie = new HttpCookie("portal_session", Guid.NewGuid().ToString("N"));
            Response.Cookies.Add(sessionCookie);

            // ok: same for an inline HttpCookie
            Response.Cookies.Add(new HttpCookie("portal_auth_token", FormsAuthentication.HashPasswordForStoringInConfigFile(UserName.Text, "SHA1")));
        }
    }
}
