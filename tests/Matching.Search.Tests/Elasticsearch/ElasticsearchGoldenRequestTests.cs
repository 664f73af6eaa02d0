using System.Text.Json.Nodes;
using Matching.Domain.Common;
using Matching.Domain.Vacancies;
using Matching.Search.Elasticsearch;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>
/// The exact JSON the Elasticsearch backend sends, against reviewed golden files: no server runs in CI, so these are
/// what keeps the query DSL, the mappings and the documents right.
/// </summary>
public sealed class ElasticsearchGoldenRequestTests
{
    private const string CandidatesAlias = "matching-candidates";
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void Regular_job_with_a_required_certificate_and_a_work_location()
    {
        var query = new CandidateQuery
        {
            Text = "Magazijnmedewerker heftruck. Orderpicken en heftruck rijden in het magazijn.",
            VisibleTo = RegionZwolle.Dalfsen,
            ValidOn = Today,
            RequiredCertificates = ["HEFTRUCK"],
            Steps = VacancyKind.Regular.DefaultSteps(),
            MinHoursAvailable = 24,
            WorkLocation = Places.Centroid(Places.Dalfsen),
            Size = 500,
        };

        GoldenJson.AssertMatches("candidate-search-regular", RequestJson.Of(CandidateSearchRequestBuilder.Build(query, CandidatesAlias)));
    }

    [Fact]
    public void LKS_job_requiring_doelgroepregister_within_a_maximum_distance_and_municipalities()
    {
        var query = new CandidateQuery
        {
            Text = "Productiemedewerker loonkostensubsidie",
            VisibleTo = RegionZwolle.Uwv,
            ValidOn = Today,
            Steps = new StepRange(3, 5),
            WorkLocation = Places.Centroid(Places.Ommen),
            MaxDistanceKm = 20,
            MunicipalityCodes = [RegionZwolle.Ommen.Code, RegionZwolle.Hardenberg.Code],
            RequireDoelgroepregister = true,
            Size = 100,
        };

        GoldenJson.AssertMatches("candidate-search-lks", RequestJson.Of(CandidateSearchRequestBuilder.Build(query, CandidatesAlias)));
    }

    [Fact]
    public void Hostile_text_stays_plain_match_values()
    {
        var query = new CandidateQuery
        {
            Text = "title:(a OR b) AND \"x *:* heftruck~2 {!lucene} \\",
            VisibleTo = RegionZwolle.Zwolle,
            ValidOn = Today,
        };

        var json = RequestJson.Of(CandidateSearchRequestBuilder.Build(query, CandidatesAlias));

        GoldenJson.AssertMatches("candidate-search-hostile-text", json);
        Assert.DoesNotContain("query_string", json);
    }

    [Fact]
    public void Repeated_words_become_one_boosted_clause_per_repeat_count()
    {
        var query = new CandidateQuery { Text = "Heftruck heftruck HEFTRUCK magazijn, magazijn; zorg", VisibleTo = RegionZwolle.Dalfsen };

        GoldenJson.AssertMatches("candidate-search-repeated-words", RequestJson.Of(CandidateSearchRequestBuilder.Build(query, CandidatesAlias)));
    }

    [Fact]
    public void Vacancy_search_filters_and_sorts_newest_first()
    {
        var query = new VacancyQuery
        {
            Statuses = [VacancyStatus.Open, VacancyStatus.Filled],
            MunicipalityCode = RegionZwolle.Dalfsen.Code,
            Branche = Branche.Logistiek,
            UpdatedSince = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero),
            Size = 50,
        };

        GoldenJson.AssertMatches("vacancy-search", RequestJson.Of(VacancySearchRequestBuilder.Build(query, "matching-vacancies")));
    }

    [Fact]
    public void Candidate_index_is_created_with_explicit_mappings_under_its_alias()
    {
        var names = IndexNames.Candidates("matching");

        var create = JsonNode.Parse(RequestJson.Of(CandidateIndexMapping.CreateRequest(names.Physical(IndexNames.CurrentVersion), names.Alias)))!;
        // The analysis fingerprint changes with every compound word: the golden file names it, after checking its form.
        var meta = create["mappings"]!["_meta"]!;
        Assert.Matches("^[0-9a-f]{16}$", meta["analysis"]!.GetValue<string>());
        meta["analysis"] = "(analysis fingerprint)";

        GoldenJson.AssertMatches("candidate-index-create", create.ToJsonString());
    }

    [Fact]
    public void Vacancy_index_is_created_with_explicit_mappings_under_its_alias()
    {
        var names = IndexNames.Vacancies("matching");

        GoldenJson.AssertMatches("vacancy-index-create",
            RequestJson.Of(VacancyIndexMapping.CreateRequest(names.Physical(IndexNames.CurrentVersion), names.Alias)));
    }

    [Fact]
    public void Alias_swap_moves_reads_and_writes_in_one_atomic_update()
    {
        var request = AliasedIndex.SwapAliasRequest("matching-candidates", ["matching-candidates-v1"], "matching-candidates-v2");

        GoldenJson.AssertMatches("candidate-alias-swap", RequestJson.Of(request));
    }

    [Fact]
    public void Candidate_bulk_upsert_indexes_the_filter_fields_and_the_whole_profile()
    {
        var documents = new CandidateDocumentBuilder(RegionZwolle.Directory);
        var profile = Candidate("cand-1")
            .WithExperience(Branche.Logistiek, "heftruckchauffeur")
            .WithSkills("orderpicken")
            .Holding("VCA_VOL", new DateOnly(2021, 1, 15))
            .Holding("HEFTRUCK", new DateOnly(2019, 3, 1))
            .InDoelgroepregister()
            .Build();

        var bulk = BulkUpsert.Request("matching-candidates", [(profile.Reference, documents.Build(profile))]);

        // No refresh per write (searches see it after the index's next refresh), and never an auto-created index.
        Assert.Null(bulk.Refresh);
        Assert.True(bulk.RequireAlias);
        GoldenJson.AssertMatches("candidate-bulk", WithContentFingerprintNamed(RequestJson.OfBulk(bulk)));
    }

    /// <summary>
    /// The fingerprint changes with every vocabulary, reading rule or directory change, which is its purpose: the golden
    /// file names it, after checking that the document carries one of the fingerprint's form.
    /// </summary>
    private static string WithContentFingerprintNamed(string bulkJson)
    {
        var lines = JsonNode.Parse(bulkJson)!.AsArray();
        var document = lines[1]!.AsObject();
        Assert.Matches("^[0-9a-f]{16}$", document["contentFingerprint"]!.GetValue<string>());
        document["contentFingerprint"] = "(content fingerprint)";
        return lines.ToJsonString();
    }

    [Fact]
    public void Bulk_upsert_waits_for_a_refresh_only_when_asked()
    {
        var bulk = BulkUpsert.Request("matching-vacancies", [("VAC-1", VacancyDocument.Of(VacancyBuilder.Vacancy("VAC-1")))], waitForRefresh: true);

        Assert.Equal(Elastic.Clients.Elasticsearch.Refresh.WaitFor, bulk.Refresh);
    }
}
