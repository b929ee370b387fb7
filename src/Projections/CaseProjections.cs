using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using CollectiveDismissal.Projections.Deadlines;
using CollectiveDismissal.Projections.Participants;
using CollectiveDismissal.Projections.Reports;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

namespace CollectiveDismissal.Projections;

/// <summary>
/// Every projection folds with Marten's conventional <c>Create</c>/<c>Apply</c>(/<c>ShouldDelete</c>) methods. Those of
/// the write models (<c>DismissalCase</c>, <c>Participant</c>, <c>ReportFacts</c>) forward each event to the domain's
/// <c>With</c>, which holds the fold: Marten 9 dispatches conventional methods only through code its source generator
/// writes for the projection classes declaring them, here, since src/Domain references no package.
/// </summary>
public static class CaseProjections
{
    public static StoreOptions AddCaseProjections(this StoreOptions options)
    {
        options.Projections.Add<DismissalCaseProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CaseDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CaseDetails>()
            .Index(x => x.ProjectManager)
            .Index(x => x.PreparedAt)
            // The second-open-case check and the search by enterprise number.
            .Duplicate(x => x.Employer.EnterpriseNumber);
        options.Projections.Add<ParticipantProjection>(ProjectionLifecycle.Inline);
        // The deciders check the personnel reference under the case's row lock; the unique index is the safety net.
        // Case and personnel reference as columns: a case's list is filtered and ordered without reading the documents.
        options.Schema.For<Participant>()
            .Duplicate(x => x.CaseId)
            .Duplicate(x => x.PersonnelReference)
            .UniqueIndex(UniqueIndexType.DuplicatedField, "uq_participant_case_reference", x => x.CaseId, x => x.PersonnelReference);
        options.Schema.For<PersonalRecord>().Duplicate(x => x.CaseId);
        options.Projections.Add<ReportFactsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ReportFacts>().Duplicate(x => x.CaseId);
        // Written once, in the closing transaction; never rebuilt (it is what was reported).
        options.Schema.For<FinalReport>();
        // A reopened case's earlier final report, kept as it was handed over.
        options.Schema.For<SupersededFinalReport>().Duplicate(x => x.CaseId);
        // Last, so the rebuild settings reach every projection registered above.
        options.AddDeadlineBoard();
        options.RebuildInLargeBatches();
        return options;
    }
}
