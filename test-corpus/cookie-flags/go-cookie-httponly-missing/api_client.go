package payrollclient

import (
	"net/http"
)

// Client calls the payroll API on behalf of the batch jobs.
type Client struct {
	base    string
	session string
	http    *http.Client
}

func (c *Client) newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	// ok: a cookie sent by a client in a request: no attributes travel with it
	req.AddCookie(&http.Cookie{Name: "payroll_session", Value: c.session})
	return req, nil
}
