using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Api.Tests.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CollectiveDismissal.Report.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class ReportPageInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task the_rendered_page_shows_the_json_figures_and_its_charts_and_requests_nothing_from_another_host()
    {
        var clock = Stopwatch.StartNew();
        var pm = fixture.Client("ProjectManager");
        var (caseId, _, _, _, _) = await pm.FourParticipants("Flanders");
        var url = $"/api/cases/{caseId}/report?asOf=2027-07-01";
        var json = ReportFigures.OfJson(await pm.GetFromJsonAsync<JsonElement>(url));
        output.WriteLine($"Chromium {fixture.Browser.Version} at {BrowserFixture.ChromiumPath}; scenario ready after {clock.ElapsedMilliseconds} ms");

        await using var context = await fixture.Browser.NewContextAsync(new()
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {BrowserFixture.Token("ProjectManager")}" },
            ViewportSize = new() { Width = 900, Height = 1200 },
            Locale = "nl-BE",   // a Flemish reader's browser: Accept-Language nl-BE (Playwright's default is en-US)
        });
        var requests = new ConcurrentQueue<string>();
        var problems = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Enqueue(message.Text); };
        page.PageError += (_, error) => problems.Enqueue(error);

        var response = await page.GotoAsync(new Uri(fixture.BaseAddress, url).ToString());
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("text/html; charset=utf-8", await response.HeaderValueAsync("content-type"));
        Assert.StartsWith("default-src 'none'", await response.HeaderValueAsync("content-security-policy"));
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Tussentijds verslag van de tewerkstellingsresultaten", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Acme Steel", await page.Locator(".employer").InnerTextAsync());
        Assert.Equal("2027-07-01", await page.Locator("time[data-as-of]").GetAttributeAsync("datetime"));
        Assert.Equal("1 juli 2027", await page.Locator("time[data-as-of]").InnerTextAsync());
        Assert.Equal("false", await page.Locator(".marker").GetAttributeAsync("data-final"));

        // Every figure of the JSON, once, with the JSON's value, and shown as that value (Dutch decimal comma).
        var figures = page.Locator("[data-figure]");
        var onPage = new Dictionary<string, string>();
        for (var i = 0; i < await figures.CountAsync(); i++)
        {
            var cell = figures.Nth(i);
            var name = (await cell.GetAttributeAsync("data-figure"))!;
            var value = (await cell.GetAttributeAsync("data-value"))!;
            onPage.Add(name, value);
            Assert.True(await cell.IsVisibleAsync(), $"{name} is not visible");
            Assert.Equal(value, ReportFigures.Invariant(await cell.InnerTextAsync()));
        }
        Assert.Equal(json.OrderBy(f => f.Key), onPage.OrderBy(f => f.Key));
        Assert.Equal("33,3 %", (await page.Locator("[data-figure='reEmploymentRate']").InnerTextAsync()).Replace('\u00a0', ' '));

        // The charts are drawn, with the report's labels and values.
        foreach (var chart in new[] { "status", "ageBands", "contractTypes", "daysToJob" })
        {
            var box = await page.Locator($"svg[data-chart='{chart}']").BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 80 }, $"chart {chart}: {box?.Width}x{box?.Height}");
        }
        await AssertBars(page, "status", [
            ("employed", "Aan het werk", json["status.employed"]), ("searching", "Werkzoekend", json["status.searching"]),
            ("declined", "Aanbod geweigerd", json["status.declined"]), ("left", "Uitgestroomd", json["status.left"])]);
        await AssertBars(page, "ageBands", [
            ("<45", "Jonger dan 45", json["byAgeBand[<45].reEmploymentRate"]), ("45-49", "45–49", json["byAgeBand[45-49].reEmploymentRate"]),
            ("50-54", "50–54", json["byAgeBand[50-54].reEmploymentRate"]), ("55+", "55 en ouder", json["byAgeBand[55+].reEmploymentRate"])]);
        await AssertBars(page, "contractTypes", [
            ("Indefinite", "Onbepaalde duur", json["employedByContractType.Indefinite"]), ("FixedTerm", "Bepaalde duur", json["employedByContractType.FixedTerm"]),
            ("TemporaryAgency", "Uitzendarbeid", json["employedByContractType.TemporaryAgency"]),
            ("SelfEmployed", "Zelfstandige", json["employedByContractType.SelfEmployed"]), ("Training", "Opleiding", json["employedByContractType.Training"])]);
        // The histogram counts the employed participants: the one employed 57 days after enrolment is in 30–59.
        await AssertBars(page, "daysToJob", [("0-29", "0–29", "0"), ("30-59", "30–59", "1"), ("60-89", "60–89", "0"), ("90-119", "90–119", "0")]);
        var histogram = await page.Locator("svg[data-chart='daysToJob'] text.value").AllTextContentsAsync();
        Assert.Equal(int.Parse(json["status.employed"]), histogram.Sum(int.Parse));

        // Nothing but the app's own origin was asked for, and nothing was refused or failed.
        var origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(origin, new Uri(r).GetLeftPart(UriPartial.Authority)));
        Assert.Empty(problems);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "report.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        // Printed: the print styles apply (no screen frame around the sheet), on A4, in a few sheets.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.Locator(".sheet").EvaluateAsync<string>("e => getComputedStyle(e).boxShadow"));
        var pdf = Path.Combine(AppContext.BaseDirectory, "screenshots", "report.pdf");
        var bytes = await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF", text);
        var pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
        // Figures, the process, the hours per service of CAO 82bis and the aftercare: four A4 pages at most.
        Assert.InRange(pages, 1, 4);
        Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", text);
        output.WriteLine($"PDF ({pages} A4 page(s)): {pdf}; whole test {clock.ElapsedMilliseconds} ms");
        Assert.All(requests, r => Assert.Equal(origin, new Uri(r).GetLeftPart(UriPartial.Authority)));
    }

    /// <summary>Overlapping text in any chart, and text drawn outside its chart, each as one line naming the chart and the texts.</summary>
    private const string TextCollisions = """
        () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter(t => t.r.width > 0);
          const found = [];
          for (const t of texts)
            if (t.r.left < box.left - 1 || t.r.right > box.right + 1 || t.r.top < box.top - 1 || t.r.bottom > box.bottom + 1)
              found.push(`${svg.dataset.chart}: "${t.text}" outside the chart`);
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i].r, b = texts[j].r;
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                found.push(`${svg.dataset.chart}: "${texts[i].text}" overlaps "${texts[j].text}"`);
            }
          return found;
        })
        """;

    [Fact]
    public async Task in_every_language_a_histogram_of_seven_intervals_has_no_overlapping_label_and_the_page_prints_on_a4_interim_then_final()
    {
        var pm = fixture.Client("ProjectManager");
        var caseId = await pm.SevenIntervals();
        (string Language, string Locale, string Interim, string Final)[] languages =
        [
            ("nl", "nl-BE", "Tussentijds verslag van de tewerkstellingsresultaten", "Eindverslag van de tewerkstellingsresultaten"),
            ("fr", "fr-BE", "Rapport intermédiaire des résultats de remise à l'emploi", "Rapport final des résultats de remise à l'emploi"),
            ("de", "de-BE", "Zwischenbericht der Beschäftigungsergebnisse", "Abschlussbericht der Beschäftigungsergebnisse"),
            ("en", "en-GB", "Interim employment results report", "Final employment results report"),
        ];
        foreach (var (language, locale, interim, _) in languages)
            await CheckPage(pm, caseId, "?asOf=2027-10-06", language, locale, interim, final: false);

        var closing = await pm.PostAsJsonAsync($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, closing.StatusCode);
        foreach (var (language, locale, _, final) in languages)
            await CheckPage(pm, caseId, "", language, locale, final, final: true);
    }

    private async Task CheckPage(HttpClient pm, Guid caseId, string query, string language, string locale, string title, bool final)
    {
        var url = $"/api/cases/{caseId}/report{query}";
        var json = ReportFigures.OfJson(await pm.GetFromJsonAsync<JsonElement>(url));
        await using var context = await fixture.Browser.NewContextAsync(new()
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {BrowserFixture.Token("ProjectManager")}" },
            ViewportSize = new() { Width = 900, Height = 1200 },
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(fixture.BaseAddress, url).ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(final ? "true" : "false", await page.Locator(".marker").GetAttributeAsync("data-final"));
        var number = new string(System.Text.Json.Nodes.JsonNode.Parse(await pm.GetStringAsync($"/api/cases/{caseId}"))!["employer"]!["enterpriseNumber"]!
            .GetValue<string>().Where(char.IsDigit).ToArray());
        Assert.Equal($"{number[..4]}.{number[4..7]}.{number[7..]}", await page.Locator(".enterprise-number").InnerTextAsync());

        var figures = page.Locator("[data-figure]");
        var onPage = new Dictionary<string, string>();
        for (var i = 0; i < await figures.CountAsync(); i++)
        {
            var cell = figures.Nth(i);
            var name = (await cell.GetAttributeAsync("data-figure"))!;
            onPage.Add(name, (await cell.GetAttributeAsync("data-value"))!);
            Assert.True(await cell.IsVisibleAsync(), $"{language}: {name} is not visible");
            Assert.Equal(onPage[name], ReportFigures.Invariant(await cell.InnerTextAsync()));
        }
        Assert.Equal(json.OrderBy(f => f.Key), onPage.OrderBy(f => f.Key));

        // Seven intervals of 30 days, 0–29 to 180–209, one employed participant in each.
        var bars = page.Locator("svg[data-chart='daysToJob'] g.bar");
        Assert.Equal(7, await bars.CountAsync());
        Assert.Equal(Enumerable.Repeat("1", 7), await page.Locator("svg[data-chart='daysToJob'] text.value").AllTextContentsAsync());
        Assert.Equal("180–209", await bars.Nth(6).Locator("text.label").TextContentAsync());

        Assert.Empty(await page.EvaluateAsync<string[]>(TextCollisions));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"report-{language}-{(final ? "final" : "interim")}.png"), FullPage = true });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Empty(await page.EvaluateAsync<string[]>(TextCollisions));
        var pdfPath = Path.Combine(AppContext.BaseDirectory, "screenshots", $"report-{language}-{(final ? "final" : "interim")}.pdf");
        var text = Encoding.Latin1.GetString(await page.PdfAsync(new() { Path = pdfPath, PreferCSSPageSize = true, PrintBackground = true }));
        Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", text);
        var pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
        Assert.InRange(pages, 1, 4);
        output.WriteLine($"{language} {(final ? "final" : "interim")}: {pages} A4 page(s), {pdfPath}");
    }

    private static async Task AssertBars(IPage page, string chart, (string Key, string Label, string Value)[] expected)
    {
        var bars = page.Locator($"svg[data-chart='{chart}'] g.bar");
        Assert.Equal(expected.Length, await bars.CountAsync());
        for (var i = 0; i < expected.Length; i++)
        {
            var (key, label, value) = expected[i];
            var bar = bars.Nth(i);
            Assert.Equal(key, await bar.GetAttributeAsync("data-key"));
            Assert.Equal(label, await bar.Locator("text.label").TextContentAsync());
            Assert.Equal(value, ReportFigures.Invariant((await bar.Locator("text.value").TextContentAsync())!));
            var box = await bar.Locator("text.label").BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"{chart} {key}: label not drawn");
            if (decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                var rect = await bar.Locator("rect").BoundingBoxAsync();
                Assert.True(rect is { Width: > 0, Height: > 0 }, $"{chart} {key}: bar of {value} not drawn");
            }
        }
    }
}
