namespace Hoshi.Data.Entities;

public enum RemediationStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}
