using System.Collections;
using System.Reflection;
using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// The Lucene index keeps each profile also as compact bytes for search hits the profile cache does not hold: they
/// must give back every property, and documents without them (older indexes) must still be read from the JSON source.
/// </summary>
public sealed class Encoding_candidate_profiles_compactly : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    /// <summary>Every property of the profile and of what it holds set to something other than its default.</summary>
    private static readonly CandidateProfile Full = new()
    {
        Reference = "DAL-000123",
        MunicipalityCode = "GM0148",
        Portfolio = new EPortfolio(EducationLevel.Mbo2, ["MBO Logistiek", "VCA-cursus"],
            [
                new WorkExperience(Branche.Logistiek, "magazijnmedewerker", 3.5, "9333.8", 2024),
                new WorkExperience(Branche.Horeca, "kok ñ café", 1.25),
            ],
            ["orderpicken", "heftruck rijden"], ["buiten werken"], "Ik werk graag met mijn handen — en in een team."),
        Certificates = [new HeldCertificate("VCA_BASIS", new DateOnly(2021, 4, 1), new DateOnly(2031, 4, 1)), new HeldCertificate("HEFTRUCK", new DateOnly(2024, 3, 1))],
        LanguageLevel = LanguageLevel.B2,
        HoursAvailablePerWeek = 32,
        HomePc4 = "7721",
        Home = new GeoPoint(52.5088, 6.2585),
        MaxTravelKm = 20,
        ParticipationStep = 5,
        Category = DalfsenCategory.MeedoenProgressExpected,
        ClientGroup = ClientGroup.WerkenEnErvaren,
        Indications = new Indications(true, true),
        Workshops = [Workshop.Werkfit, Workshop.Solliciteren],
        Consent = ConsentScope.Subregion,
        Status = CandidateStatus.Paused,
        UpdatedAt = new DateTimeOffset(2026, 11, 11, 16, 23, 28, TimeSpan.FromHours(1)).AddTicks(3851397),
        WaitingSince = new DateOnly(2025, 11, 8),
    };

    [Fact]
    public void Should_give_back_every_property()
    {
        var decoded = ProfileCodec.Decode(ProfileCodec.Encode(Full));

        Assert.NotNull(decoded);
        Assert.Equal(Json(Full), Json(decoded));
        Assert.Equal(Full.UpdatedAt.Offset, decoded.UpdatedAt.Offset);
    }

    [Fact]
    public void Should_give_back_absent_optional_properties_as_absent()
    {
        var sparse = Candidate("DAL-2").Build() with { Category = null, ClientGroup = null, WaitingSince = null, Portfolio = EPortfolio.Empty };

        Assert.Equal(Json(sparse), Json(ProfileCodec.Decode(ProfileCodec.Encode(sparse))!));
    }

    [Fact]
    public void Should_be_smaller_than_the_json_source()
    {
        Assert.True(ProfileCodec.Encode(Full).Length < System.Text.Encoding.UTF8.GetByteCount(Json(Full)) * 0.6);
    }

    [Fact]
    public void Should_refuse_bytes_of_another_format_version()
    {
        var bytes = ProfileCodec.Encode(Full);
        bytes[0] = ProfileCodec.Version + 1;

        Assert.Null(ProfileCodec.Decode(bytes));
        Assert.Null(ProfileCodec.Decode([]));
    }

    /// <summary>A property added to the profile without a value here fails: add it to the sample and to ProfileCodec.</summary>
    [Fact]
    public void Should_be_checked_against_every_property_of_the_profile()
    {
        var unset = new List<string>();
        CollectUnset(Full, nameof(CandidateProfile), unset);

        Assert.Empty(unset);
    }

    [Fact]
    public async Task Should_search_hits_from_the_compact_bytes_past_the_cache()
    {
        // A document whose JSON source says otherwise shows which of the two a search read.
        var documents = new CandidateDocumentBuilder(RegionZwolle.Directory);
        var profile = Candidate("DAL-1").Available(24).Build();
        var document = documents.Build(profile);
        document.RemoveField(SourceField.Name);
        document.Add(SourceField.Of(profile with { HoursAvailablePerWeek = 32 }));
        using (var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer()))
            store.Upsert([(CandidateDocumentBuilder.KeyOf(profile.Reference), document)]);

        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0);
        var hit = (await index.SearchAsync(Everyone)).Hits.Single();

        Assert.Equal(24, hit.Profile.HoursAvailablePerWeek);
    }

    [Fact]
    public async Task Should_read_documents_written_without_compact_bytes_from_their_json_source()
    {
        var documents = new CandidateDocumentBuilder(RegionZwolle.Directory);
        var searchable = Full with { Status = CandidateStatus.Active, Consent = ConsentScope.Region };
        var (old, current) = (searchable with { Reference = "DAL-OLD" }, searchable with { Reference = "DAL-NEW", HoursAvailablePerWeek = 16 });
        // An index written before the compact field, and a profile indexed since: one segment holds both kinds.
        var oldDocument = documents.Build(old);
        oldDocument.RemoveField(CompactProfileField.Name);
        using (var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer()))
            store.Upsert([(CandidateDocumentBuilder.KeyOf(old.Reference), oldDocument), (CandidateDocumentBuilder.KeyOf(current.Reference), documents.Build(current))]);

        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0);
        var hits = (await index.SearchAsync(Everyone)).Hits.OrderBy(h => h.Profile.Reference).ToList();

        Assert.Equal(["DAL-NEW", "DAL-OLD"], hits.Select(h => h.Profile.Reference));
        Assert.Equal(Json(current), Json(hits[0].Profile));
        Assert.Equal(Json(old), Json(hits[1].Profile));
    }

    private static CandidateQuery Everyone => new() { VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = 10 };

    private static string Json(CandidateProfile profile) => JsonSerializer.Serialize(profile, DomainJson.Options);

    private static void CollectUnset(object value, string path, List<string> unset)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var name = $"{path}.{property.Name}";
            var held = property.GetValue(value);
            var type = property.PropertyType;
            if (held is null || (type.IsValueType && Nullable.GetUnderlyingType(type) is null && held.Equals(Activator.CreateInstance(type)))
                || held is "" || held is ICollection { Count: 0 })
            {
                unset.Add(name);
                continue;
            }
            if (held is IEnumerable items and not string)
            {
                // The first item of a list stands for its type.
                var first = items.Cast<object>().First();
                if (first.GetType().Namespace?.StartsWith("Matching.Domain", StringComparison.Ordinal) == true && !first.GetType().IsEnum)
                    CollectUnset(first, name + "[0]", unset);
            }
            else if (type.Namespace?.StartsWith("Matching.Domain", StringComparison.Ordinal) == true && !type.IsEnum && Nullable.GetUnderlyingType(type) is null)
                CollectUnset(held, name, unset);
        }
    }

    public void Dispose() => _folder.Dispose();
}
