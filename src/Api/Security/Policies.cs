namespace CollectiveDismissal.Api.Security;

public static class Policies
{
    /// <summary>Record what happens on a case.</summary>
    public const string WriteCases = nameof(WriteCases);

    /// <summary>Read cases and their history.</summary>
    public const string ReadCases = nameof(ReadCases);

    /// <summary>Read participants: personal data only for project managers and the data protection officer.</summary>
    public const string ReadParticipants = nameof(ReadParticipants);

    /// <summary>Read a case's report figures: project managers, auditors and the integration of the case's service.</summary>
    public const string ReadReports = nameof(ReadReports);

    /// <summary>Read the report participant by participant (CSV rows, auditor's evidence): project managers and auditors.</summary>
    public const string ReadReportRows = nameof(ReadReportRows);

    /// <summary>Read the deadline board across open cases.</summary>
    public const string ReadDeadlines = nameof(ReadDeadlines);

    /// <summary>Erase a participant's personal data on request.</summary>
    public const string ErasePersonalData = nameof(ErasePersonalData);

    /// <summary>Send partner messages: the integration of a service (its token's <c>service</c> claim).</summary>
    public const string SendPartnerMessages = nameof(SendPartnerMessages);

    /// <summary>Read what became of a service's messages and repair its rejections: the service itself and project managers.</summary>
    public const string ManagePartnerMessages = nameof(ManagePartnerMessages);
}
