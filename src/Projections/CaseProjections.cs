using CollectiveDismissal.Projections.Cases;
using JasperFx.Events.Projections;
using Marten;

namespace CollectiveDismissal.Projections;

public static class CaseProjections
{
    public static StoreOptions AddCaseProjections(this StoreOptions options)
    {
        options.Projections.Add<DismissalCaseProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CaseDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CaseDetails>()
            .Index(x => x.ProjectManager)
            .Index(x => x.PreparedAt);
        return options;
    }
}
