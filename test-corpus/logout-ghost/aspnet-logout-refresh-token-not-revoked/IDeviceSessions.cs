using System.Threading.Tasks;

namespace Acme.Finance.Api.Identity;

public interface IDeviceSessions
{
    Task CloseAllAsync(string employeeId);
}
