using System.Security.Cryptography;
using System.Text;
using Matching.Domain.Occupations;
using Matching.Domain.Parties;
using Matching.Domain.Text;

namespace Matching.Search.Lucene;

/// <summary>
/// What a candidate document holds besides the profile itself, as one fingerprint: the document format, the analysis
/// (the compound word list), the occupation readings the portfolio text adds (ESCO's labels, the project's job titles,
/// the normaliser's rules) and each owner's subregion and region (consent). An index built with another fingerprint
/// answers with yesterday's words or visibility, so it is analysed again (see <see cref="LuceneCandidateIndex"/>).
/// </summary>
internal static class CandidateIndexContent
{
    /// <summary>The commit's user-data key the fingerprint is stored under.</summary>
    public const string CommitKey = "matching.candidate-content";

    /// <summary>Raise when <see cref="CandidateDocumentBuilder"/> or <see cref="PortfolioText"/> indexes something else for the same profile.</summary>
    private const int DocumentFormat = 1;

    public static string Fingerprint(PartyDirectory parties)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\n"));
        Add($"format {DocumentFormat}; readings {OccupationNormaliser.ReadingRules}");
        foreach (var word in CompoundDictionary.Dutch.Words) Add(word);
        foreach (var (title, code) in ProjectVocabulary.Synonyms.OrderBy(s => s.Key, StringComparer.Ordinal)) Add($"{title}={code}");
        foreach (var o in OccupationCatalogue.Esco.Occupations)
            Add($"{o.Uuid}|{o.Code}|{o.IscoGroup}|{o.PreferredLabel}|{string.Join('|', o.AltLabels)}|{string.Join('|', o.Broader)}");
        foreach (var party in parties.All.OrderBy(p => p.Code, StringComparer.Ordinal)) Add($"{party.Code}|{party.Subregion}|{party.Region}");
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
