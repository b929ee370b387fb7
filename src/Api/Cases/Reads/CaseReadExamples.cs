using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.Reads;

/// <summary>The examples of the case reads' answers: one case, the list it appears in, and the start of its history.</summary>
public sealed class CaseReadExamples : IOpenApiExample<CaseDetails>, IOpenApiExample<Page<CaseSummary>>, IOpenApiExample<List<CaseHistoryEntry>>
{
    private static readonly Guid CaseId = Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a");
    private static readonly DateOnly Announced = new(2025, 1, 4);

    private static readonly CaseDetails Details = new(CaseId, 11, new DateTimeOffset(2024, 12, 1, 9, 30, 0, TimeSpan.Zero),
        new Employer("Acme Steel NV", "0403170701", ["111.01"], Region.Flanders), EmploymentService.VDAB, 250, 40,
        ["Closure of the Genk plant"], "pm.peeters", CasePhase.EmploymentCellOpen, new CaseFlags(true, true, true),
        Announced, InformedBody.WorksCouncil, new DateOnly(2025, 2, 15), new DateOnly(2025, 2, 15), new DateOnly(2025, 2, 16),
        new DateOnly(2025, 4, 2), true, new DateOnly(2025, 3, 18),
        new EmploymentCell(new DateOnly(2025, 2, 20), EmploymentService.VDAB, ["ACV", "ABVV", "Cevora"], "SPOC Outplacement"),
        null, null, new CaseCounts(2, 15, 13, 1, 1, 1, 38, 0),
        Process: new CaseProcess(
            [new CouncilMeeting(new DateOnly(2025, 1, 5), 12, 10), new CouncilMeeting(new DateOnly(2025, 2, 15), 3, 3)],
            [new DateOnly(2025, 2, 27)],
            [new PreTrajectorySession(new DateOnly(2025, 1, 7), PreTrajectoryActivity.InformationSession, 38)],
            [new StakeholderMeeting(new DateOnly(2025, 1, 6), StakeholderParty.SocialInterventionAdviser)]));

    static CaseDetails IOpenApiExample<CaseDetails>.Example => Details;

    static Page<CaseSummary> IOpenApiExample<Page<CaseSummary>>.Example => new(
        [new CaseSummary(CaseId, "Acme Steel NV", "0403170701", Region.Flanders, "pm.peeters", CasePhase.EmploymentCellOpen,
            new CaseFlags(true, true, true), 11, Details.PreparedAt, 0)], 1, 1, 50);

    static List<CaseHistoryEntry> IOpenApiExample<List<CaseHistoryEntry>>.Example =>
    [
        new(1, 1, nameof(DossierPrepared), Details.PreparedAt,
            new DossierPrepared(CaseId, Details.Employer, 250, 40, ["Closure of the Genk plant"], "pm.peeters"), "pm.peeters", "4bf92f3577b34da6a3ce929d0e0e4736"),
        new(2, 2, nameof(IntentionAnnounced), Details.PreparedAt.AddDays(34),
            new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil), "pm.peeters", "ticket-4711")
    ];
}
