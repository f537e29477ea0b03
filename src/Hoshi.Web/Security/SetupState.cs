namespace Hoshi.Web.Security;

/// <summary>Whether the first administrator exists. Once true it stays true, so the check costs nothing per request.</summary>
public sealed class SetupState
{
    private volatile bool isComplete;

    public bool IsComplete
    {
        get => isComplete;
        set => isComplete = value;
    }
}
