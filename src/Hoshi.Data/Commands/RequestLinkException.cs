namespace Hoshi.Data.Commands;

/// <summary>Why a supplier's request link cannot be used. Says no more than the person holding the link needs.</summary>
public sealed class RequestLinkException(RequestLinkProblem problem) : CommandException(problem switch
{
    RequestLinkProblem.Unknown => "this link is not valid",
    RequestLinkProblem.Expired => "this link has expired",
    RequestLinkProblem.ClaimedByAnother => "this link has already been opened by someone else",
    RequestLinkProblem.Closed => "this request no longer takes answers",
    _ => "this link cannot be used",
})
{
    public RequestLinkProblem Problem { get; } = problem;
}

public enum RequestLinkProblem
{
    Unknown,
    Expired,
    ClaimedByAnother,
    Closed,
}
