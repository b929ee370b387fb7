namespace CollectiveDismissal.Api.Participants.PersonalData;

public static class ErasePersonalDataEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Erases a participant's personal record on request (GDPR), for the data protection officer. The event that
    /// records the erasure holds no personal data; every figure of the case stays the same. Allowed on a closed case;
    /// a repeated erasure answers 204 and changes nothing.
    /// </summary>
    [WolverineDelete("/api/cases/{caseId}/participants/{participantId}/personal-data"), Authorize(Policy = Policies.ErasePersonalData), Tags("Participants")]
    public static (Events, IMartenOp) Delete([WriteCase] DismissalCase current, [NotBody] Participant participant)
    {
        var events = ParticipantDecider.ErasePersonalData(current, participant);
        return ([.. events], events.Count > 0 ? MartenOps.Delete<PersonalRecord>(participant.Id) : MartenOps.Nothing());
    }
}
