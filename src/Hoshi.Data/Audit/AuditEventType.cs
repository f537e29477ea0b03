namespace Hoshi.Data.Audit;

/// <summary>
/// What an audit event records. The numbers are stored: never renumber or reuse one; add new ones at the end
/// of their block.
/// </summary>
public enum AuditEventType
{
    OrganizationCreated = 1000,
    OrganizationUpdated = 1001,

    ScopeCreated = 1100,
    ScopeUpdated = 1101,

    AssessmentCreated = 1200,
    AssessmentUpdated = 1201,
    AssessmentArchived = 1202,
    AssessmentCarriedOver = 1203,
    AssessmentRestored = 1204,

    AnswerSet = 1300,
    AnswersImported = 1301,

    EvidenceAdded = 1400,
    EvidenceLinked = 1401,
    EvidenceUnlinked = 1402,
    EvidenceUpdated = 1403,

    RemediationCreated = 1500,
    RemediationUpdated = 1501,
    RemediationDeleted = 1502,

    MembershipAdded = 1600,
    MembershipRemoved = 1601,

    ApiTokenCreated = 1700,
    ApiTokenRevoked = 1701,

    CommentAdded = 1800,

    SupplierCreated = 1900,
    SupplierUpdated = 1901,
    SuppliersImported = 1902,
    SupplierLevelDecided = 1903,
    SupplierChecklistUpdated = 1904,
    SupplierContactAdded = 1905,
    SupplierContactRemoved = 1906,

    RequestSent = 2000,
    RequestClaimed = 2001,
    RequestAnswered = 2002,
    RequestAccepted = 2003,
    RequestReturned = 2004,
    RequestRejected = 2005,
    RequestWithdrawn = 2006,

    AssessmentShared = 2100,
    AssessmentShareRevoked = 2101,

    RemindersSent = 2200,

    SigningKeyCreated = 2300,
    AttestationIssued = 2301,
}
