namespace CollectiveDismissal.Api.Participants.PersonalData;

public static class ErasePersonalDataEndpoint
{
    /// <summary>
    /// Erases a participant's personal record on request (GDPR), for the data protection officer. The event that
    /// records the erasure holds no personal data; every figure of the case stays the same. Allowed on a closed case;
    /// a repeated erasure answers 204 and changes nothing.
    /// </summary>
    [WolverineDelete("/api/cases/{caseId}/participants/{participantId}/personal-data"), Authorize(Policy = Policies.ErasePersonalData), Tags("Participants")]
    public static Task<IResult> Delete(Guid caseId, Guid participantId, IDocumentSession session, HttpContext http) =>
        CaseCommands.Append(http, session, caseId, async current =>
        {
            var participant = await CaseCommands.LoadParticipant(session, caseId, participantId, http.RequestAborted);
            var events = ParticipantDecider.ErasePersonalData(current, participant);
            if (events.Count > 0) session.Delete<PersonalRecord>(participantId);
            return new Decision(events);
        });
}
