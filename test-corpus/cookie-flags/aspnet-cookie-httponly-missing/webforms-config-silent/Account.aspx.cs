using System;
using System.Web;
using System.Web.UI;

namespace Contoso.Store
{
    public partial class Account : Page
    {
        protected void Remember_Click(object sender, EventArgs e)
        {
            // expect: web.config does not set httpOnlyCookies, so the HttpCookie default (HttpOnly = false) applies
            var remember = new HttpCookie("store_remember_me", CustomerId.Value);
            Response.Cookies.Add(remember);

            // expect: inline HttpCookie, no httpOnlyCookies in web.config either
            Response.Cookies.Add(new HttpCookie("store_session", Session.SessionID));
        }
    }
}
