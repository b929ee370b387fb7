using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Reports.Rendering;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Integrations.Outbound;

/// <summary>The labels of the rows' columns and of the values the report uses, in the payload's language.</summary>
public sealed record ReportPayloadLabels(IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// What a service receives (docs/integrations.md, "Reports we send"): the frozen report's figures as
/// <c>GET /api/cases/{id}/report</c> answers them, its rows, one per participant counted, and labels in the service's
/// language. No personal data: participants are named by their id only. A row carries no departure reason, which the
/// integrations do not see per participant (<see cref="ParticipantAccess.MaySeeDepartureReason"/>); the figures
/// (<c>leftByReason</c>) count them as the report does. <c>Closing</c> numbers a final report: a case reopened to be
/// corrected closes again, and its new final report supersedes the one sent before.
/// </summary>
public sealed record ReportPayload(
    Guid MessageId,
    Guid CaseId,
    DeliveryKind Kind,
    DateOnly AsOf,
    int? Meeting,
    string Language,
    EmploymentReport Report,
    IReadOnlyList<JsonObject> Rows,
    ReportPayloadLabels Labels,
    int? Closing = null)
{
    private const string WithheldColumn = "leftReason";

    /// <summary>Each service reads reports in its region's language; Actiris, in bilingual Brussels, in French like the case's default.</summary>
    public static ReportLanguage LanguageOf(EmploymentService service) => service switch
    {
        EmploymentService.VDAB => ReportLanguage.Nl,
        EmploymentService.ADG => ReportLanguage.De,
        _ => ReportLanguage.Fr
    };

    public static ReportPayload Of(Delivery delivery, ReportWithRows report)
    {
        var language = LanguageOf(delivery.Service);
        var rows = report.Rows.Select(row =>
        {
            var json = JsonSerializer.SerializeToNode(row, Json.Options)!.AsObject();
            json.Remove(WithheldColumn);
            return json;
        }).ToList();
        var columns = ReportCsv.Keys.Where(k => k != WithheldColumn).ToDictionary(k => k, k => ReportLabels.Get(k, language));
        var values = Enum.GetNames<ParticipantStatus>().Concat(Enum.GetNames<ContractType>()).Concat(Enum.GetNames<DepartureReason>())
            .ToDictionary(v => v, v => ReportLabels.Get(v, language));
        return new ReportPayload(delivery.MessageId, delivery.CaseId, delivery.Kind, delivery.AsOf, delivery.Meeting, language.Code(),
            report.Report, rows, new ReportPayloadLabels(columns, values), delivery.Kind == DeliveryKind.FinalReport ? delivery.Closing ?? 1 : null);
    }
}
