using System;
using System.Web;
using System.Web.UI;

namespace Contoso.Shop
{
    public partial class Checkout : Page
    {
        protected void Continue_Click(object sender, EventArgs e)
        {
            // ok: the code sets Secure itself, whatever web.config says
            var cart = new HttpCookie("shop_session", Session.SessionID) { Secure = true };
            Response.Cookies.Add(cart);
        }
    }
}
