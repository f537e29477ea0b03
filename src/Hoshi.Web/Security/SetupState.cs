namespace Hoshi.Web.Security;

/// <summary>Whether the first administrator exists. Once true it stays true, so the check costs nothing per request.</summary>
public sealed class SetupState
{
    public volatile bool IsComplete;
}
