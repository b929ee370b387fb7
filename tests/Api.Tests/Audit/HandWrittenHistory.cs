using System.Text.Json;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// A case's history written by hand in the shape <c>GET /api/cases/{id}/history</c> answers (type names and camelCase
/// data), to check the independent report on small examples without a database.
/// </summary>
public sealed class HandWrittenHistory
{
    private readonly List<object> _entries = [];

    public Guid CaseId { get; } = Guid.NewGuid();

    public HandWrittenHistory() =>
        Add("DossierPrepared", new { caseId = CaseId, projectManager = "pm.audit" });

    public HandWrittenHistory Add(string type, object data)
    {
        var version = _entries.Count + 1;
        _entries.Add(new
        {
            sequence = 1000 + version, version, type, timestamp = DateTimeOffset.UnixEpoch.AddDays(version), data,
            recordedBy = "pm.audit", correlationId = (string?)null
        });
        return this;
    }

    public Guid Enrol(DateOnly enrolledOn, int ageAtAnnouncement)
    {
        var id = Guid.NewGuid();
        Add("ParticipantEnrolled", new
        {
            caseId = CaseId, participantId = id, personnelReference = $"E-{_entries.Count}", gender = "Female",
            contractKind = "Indefinite", workerCategory = "BlueCollar", terminationMode = "Indemnity",
            dismissedOn = enrolledOn, contractEndsOn = enrolledOn, enrolledOn, ageAtAnnouncement
        });
        return id;
    }

    public Guid EnrolAndAccept(DateOnly enrolledOn, int ageAtAnnouncement)
    {
        var id = Enrol(enrolledOn, ageAtAnnouncement);
        Add("OutplacementAccepted", new { caseId = CaseId, participantId = id, decidedOn = enrolledOn });
        return id;
    }

    public HandWrittenHistory Decline(Guid id, DateOnly decidedOn) =>
        Add("OutplacementDeclined", new { caseId = CaseId, participantId = id, decidedOn });

    public HandWrittenHistory Session(Guid id, DateOnly heldOn, decimal hours) =>
        Add("GuidanceSessionLogged", new { caseId = CaseId, participantId = id, heldOn, hours, kind = "Individual", topic = "CV" });

    public HandWrittenHistory Session(Guid id, DateOnly heldOn, decimal hours, params string[] services) =>
        Add("GuidanceSessionLogged", new { caseId = CaseId, participantId = id, heldOn, hours, kind = "Individual", topic = "CV", services });

    public HandWrittenHistory Extend(Guid id, DateOnly decidedOn, DateOnly endsOn) =>
        Add("TrajectoryExtended", new { caseId = CaseId, participantId = id, decidedOn, endsOn, reason = "More time" });

    public HandWrittenHistory Job(Guid id, DateOnly startsOn, string contractType, int? contractMonths = null) =>
        Add("JobFound", new
        {
            caseId = CaseId, participantId = id, startsOn, employerName = "Limburg Metaal", contractType, contractMonths,
            workTimeFraction = (decimal?)null
        });

    public HandWrittenHistory CloseAftercare(Guid id, DateOnly closedOn, bool stillEmployed) =>
        Add("AftercareClosed", new { caseId = CaseId, participantId = id, closedOn, stillEmployed });

    public HandWrittenHistory AftercareContact(Guid id, DateOnly heldOn, decimal hours) =>
        Add("AftercareContactLogged", new { caseId = CaseId, participantId = id, heldOn, hours, note = "Call" });

    public HandWrittenHistory Leave(Guid id, DateOnly leftOn, string reason) =>
        Add("ParticipantLeft", new { caseId = CaseId, participantId = id, leftOn, reason });

    public JsonElement Json => JsonSerializer.SerializeToElement(_entries);
}
