using Hoshi.Data.Commands;

namespace Hoshi.Web.Features.Respond;

/// <summary>Confirms an answer was received; the link still shows the request until it is reviewed.</summary>
public sealed class DoneModel(SupplierRequestCommands requests) : PortalPageModel(requests)
{
    public void OnGet()
    {
    }
}
