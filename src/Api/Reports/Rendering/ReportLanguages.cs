using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// The language of a report's labels: the case's region by default (Flanders Dutch, Wallonia French, the German-speaking
/// region German, Brussels French, or Dutch when asked); an <c>Accept-Language</c> naming nl, fr, de or en overrides it,
/// and one naming only other languages gets English. Figures do not depend on it.
/// </summary>
public static class ReportLanguages
{
    public static ReportLanguage Of(Region region) => region switch
    {
        Region.Flanders => ReportLanguage.Nl,
        Region.GermanSpeaking => ReportLanguage.De,
        _ => ReportLanguage.Fr
    };

    public static ReportLanguage Resolve(HttpRequest request, Region region)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.OfType<string>().ToList(), out var ranges) || ranges.Count == 0)
            return Of(region);
        var wanted = ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1).ToList();
        foreach (var range in wanted)
        {
            var primary = range.Value.Value?.Split('-')[0].ToLowerInvariant();
            switch (primary)
            {
                case "nl": return ReportLanguage.Nl;
                case "fr": return ReportLanguage.Fr;
                case "de": return ReportLanguage.De;
                case "en": return ReportLanguage.En;
                case "*": return Of(region);
            }
        }
        return ReportLanguage.En;
    }

    public static string Code(this ReportLanguage language) => language.ToString().ToLowerInvariant();
}
