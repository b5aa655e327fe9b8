using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Acme.Stock.Legacy
{
    public partial class LegacyLoginPage : Page
    {
        protected void Login_Click(object sender, EventArgs e)
        {
            var user = StockUsers.Authenticate(UserName.Text, Password.Text);
            if (user == null) return;

            // expect: user id cookie without HttpOnly, used to identify the user on later requests
            var idCookie = new HttpCookie("stock_user_id", user.Id.ToString());
            idCookie.Secure = true;
            Response.Cookies.Add(idCookie);

            // ok: HttpOnly assigned after construction
            var ticketCookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(user.Ticket));
            ticketCookie.HttpOnly = true;
            ticketCookie.Secure = true;
            Response.Cookies.Add(ticketCookie);

            // expect: inline cookie carrying a session id
            Response.Cookies.Add(new HttpCookie("stock_legacy_session", Session.SessionID) { Secure = true });
        }
    }
}
