namespace Hoshi.Data.Entities;

/// <summary>The life of one request; stored by name.</summary>
public enum RequestStatus
{
    Open,
    Answered,
    Returned,
    Accepted,
    Rejected,
    Withdrawn,
}
