namespace Hoshi.Data.Entities;

public enum AssessmentStatus
{
    InProgress = 0,
    Completed = 1,
    Archived = 2,
}
