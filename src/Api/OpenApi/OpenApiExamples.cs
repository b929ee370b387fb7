using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Cases;
using CollectiveDismissal.Api.Cases.Announcement;
using CollectiveDismissal.Api.Cases.Consultation;
using CollectiveDismissal.Api.Cases.EmploymentCells;
using CollectiveDismissal.Api.Cases.Notification;
using CollectiveDismissal.Api.Cases.PreTrajectory;
using CollectiveDismissal.Api.Cases.Preparation;
using CollectiveDismissal.Api.Cases.Reads;
using CollectiveDismissal.Api.Cases.Stakeholders;
using CollectiveDismissal.Api.Cases.Closure;
using CollectiveDismissal.Api.Participants.Enrolment;
using CollectiveDismissal.Api.Participants.Outcomes;
using CollectiveDismissal.Api.Participants.Reads;
using CollectiveDismissal.Api.Participants.Trajectory;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.OpenApi;

/// <summary>One realistic example per body, serialized with the API's own JSON options so it is always valid input.</summary>
public static class OpenApiExamples
{
    private static readonly Guid CaseId = Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a");
    private static readonly DateOnly Announced = new(2027, 1, 4);

    private static readonly CaseDetails Details = new(CaseId, 11, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
        new Employer("Acme Steel NV", "0403170701", ["111.01"], Region.Flanders), EmploymentService.VDAB, 250, 40,
        ["Closure of the Genk plant"], "pm.peeters", CasePhase.EmploymentCellOpen, new CaseFlags(true, true, true),
        Announced, InformedBody.WorksCouncil, new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 16),
        new DateOnly(2027, 4, 2), true, new DateOnly(2027, 3, 18),
        new EmploymentCell(new DateOnly(2027, 2, 20), EmploymentService.VDAB, ["ACV", "ABVV", "Cevora"], "SPOC Outplacement"),
        null, null, new CaseCounts(2, 15, 13, 1, 1, 1, 38, 0));

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(PrepareDossierRequest)] = new PrepareDossierRequest(
            new EmployerRequest("Acme Steel NV", "0403.170.701", ["111.01"], Region.Flanders), 250, 40,
            ["Closure of the Genk plant"], "pm.peeters"),
        [typeof(AnnounceIntentionRequest)] = new AnnounceIntentionRequest(Announced, InformedBody.WorksCouncil),
        [typeof(HoldWorksCouncilMeetingRequest)] = new HoldWorksCouncilMeetingRequest(Announced.AddDays(1), "OR-2027-01", 12, 10),
        [typeof(CloseConsultationRequest)] = new CloseConsultationRequest(new DateOnly(2027, 2, 15)),
        [typeof(NotifyCollectiveDismissalRequest)] = new NotifyCollectiveDismissalRequest(new DateOnly(2027, 2, 16)),
        [typeof(ExtendWaitingPeriodRequest)] = new ExtendWaitingPeriodRequest(new DateOnly(2027, 4, 2), "Extended by the VDAB director"),
        [typeof(OpenEmploymentCellRequest)] = new OpenEmploymentCellRequest(new DateOnly(2027, 2, 20), null, ["ACV", "ABVV", "Cevora"], "SPOC Outplacement"),
        [typeof(HoldTwcMeetingRequest)] = new HoldTwcMeetingRequest(new DateOnly(2027, 2, 27), "Kick-off; 38 workers informed."),
        [typeof(ConsultStakeholderRequest)] = new ConsultStakeholderRequest(Announced.AddDays(2), StakeholderParty.SocialInterventionAdviser, "Social plan"),
        [typeof(HoldInformationSessionRequest)] = new HoldInformationSessionRequest(Announced.AddDays(3), PreTrajectoryActivity.InformationSession, 38, "What the employment cell offers"),
        [typeof(CreatedResponse)] = new CreatedResponse(CaseId),
        [typeof(EnrollParticipantRequest)] = new EnrollParticipantRequest("E-1042",
            new PersonRequest("An Peeters", "85.07.30-033.28", new DateOnly(1985, 7, 30), "an.peeters@example.be", "+32 470 12 34 56"),
            Gender.Female, ContractKind.Indefinite, WorkerCategory.BlueCollar, TerminationMode.Indemnity,
            new DateOnly(2027, 4, 3), new DateOnly(2027, 4, 3), new DateOnly(2027, 4, 5)),
        [typeof(DecideOutplacementRequest)] = new DecideOutplacementRequest(true, new DateOnly(2027, 4, 6)),
        [typeof(HoldIntakeRequest)] = new HoldIntakeRequest(new DateOnly(2027, 4, 8), "coach.claes",
            new ActionPlanRequest(["Update the CV", "Apply to three vacancies a week"], ["Welder", "Maintenance technician"])),
        [typeof(LogGuidanceSessionRequest)] = new LogGuidanceSessionRequest(new DateOnly(2027, 4, 12), 3.5m, GuidanceKind.Individual, "Interview training"),
        [typeof(ExtendTrajectoryRequest)] = new ExtendTrajectoryRequest(new DateOnly(2027, 6, 20), new DateOnly(2027, 9, 30), "Vocational training in progress"),
        [typeof(RecordJobRequest)] = new RecordJobRequest(new DateOnly(2027, 6, 1), "Limburg Metaal BV", ContractType.FixedTerm, 12, 1m),
        [typeof(CloseAftercareRequest)] = new CloseAftercareRequest(new DateOnly(2027, 9, 1), true),
        [typeof(RecordDepartureRequest)] = new RecordDepartureRequest(new DateOnly(2027, 5, 15), DepartureReason.MovedAbroad),
        [typeof(CloseCaseRequest)] = new CloseCaseRequest(new DateOnly(2028, 1, 31)),
        [typeof(ImportResult)] = new ImportResult(1, [new ImportedParticipant(2, "E-1042", CaseId)]),
        [typeof(CaseDetails)] = Details,
        [typeof(Page<CaseSummary>)] = new Page<CaseSummary>(
            [new CaseSummary(CaseId, "Acme Steel NV", "0403170701", Region.Flanders, "pm.peeters", CasePhase.EmploymentCellOpen,
                new CaseFlags(true, true, true), 11, Details.PreparedAt, 0)], 1, 1, 50),
        [typeof(List<CaseHistoryEntry>)] = new List<CaseHistoryEntry>
        {
            new(1, 1, nameof(DossierPrepared), Details.PreparedAt,
                new DossierPrepared(CaseId, Details.Employer, 250, 40, ["Closure of the Genk plant"], "pm.peeters"), "pm.peeters", "4bf92f3577b34da6a3ce929d0e0e4736"),
            new(2, 2, nameof(IntentionAnnounced), Details.PreparedAt.AddDays(34),
                new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil), "pm.peeters", "ticket-4711")
        },
        [typeof(HttpValidationProblemDetails)] = new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["employer.enterpriseNumber"] = ["The enterprise number's check digits are wrong (97 − first eight digits mod 97)."],
            ["announcedOn"] = ["Not a valid value for this field (dates are YYYY-MM-DD, enums their names, numbers plain)."]
        }) { Status = 400, Title = "The request is not valid." },
        [typeof(ProblemDetails)] = new ProblemDetails
        {
            Status = 409, Title = "Refused by a rule of the procedure.", Type = "urn:collective-dismissal:rule:works-council.too-early",
            Detail = "R5: the works council meets at the earliest the day after the announcement (2027-01-05).",
            Extensions = { ["rule"] = "works-council.too-early" }
        }
    };

    public static JsonNode? For(Type type) =>
        Examples.TryGetValue(type, out var example) ? JsonSerializer.SerializeToNode(example, type, Json.Options) : null;
}
